package itc.renewal.gateway.account.lifecycle;

import itc.renewal.gateway.account.domain.Account;
import itc.renewal.gateway.account.domain.AccountStatus;
import itc.renewal.gateway.account.domain.Accounts;
import itc.renewal.gateway.account.domain.TokenPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * "I forgot my password": a reset link to the account's registered e-mail (an account never activated gets a new
 * activation link instead). The answer is the same whether or not the member id exists, so the form reveals nobody;
 * one link per account per {@link #PAUSE}, so the form cannot be used to flood a member's mailbox.
 */
@Component
public class PasswordReset {

    static final Duration PAUSE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

    private final Accounts accounts;
    private final AccountMails mails;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    PasswordReset(Accounts accounts, AccountMails mails, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactions);
    }

    public void request(String username) {
        String id = username == null ? "" : username.strip();
        transaction.executeWithoutResult(status -> {
            Optional<Account> account = accounts.find(id).filter(a -> a.email() != null)
                    .filter(a -> a.status() != AccountStatus.DISABLED);
            if (account.isEmpty()) {
                log.info("Password reset asked for {}: no such account with an e-mail; nothing sent", id);
                return;
            }
            TokenPurpose purpose = account.get().status() == AccountStatus.PENDING
                    ? TokenPurpose.ACTIVATION : TokenPurpose.RESET;
            Instant now = clock.instant();
            if (accounts.lastIssued(id, purpose).filter(last -> last.plus(PAUSE).isAfter(now)).isPresent()) {
                log.info("Password reset asked for {} again within {}; nothing sent", id, PAUSE);
                return;
            }
            mails.send(account.get(), purpose, accounts.issueToken(id, purpose, now), now);
        });
    }
}
