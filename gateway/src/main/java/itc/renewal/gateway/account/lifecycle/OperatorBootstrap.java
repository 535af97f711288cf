package itc.renewal.gateway.account.lifecycle;

import itc.renewal.gateway.account.domain.Accounts;
import itc.renewal.gateway.account.domain.TokenPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * The first operator of a deployment ({@code gateway.bootstrap-operator.username} and {@code .email}, e.g.
 * {@code GATEWAY_BOOTSTRAP_OPERATOR_USERNAME}): opened once, pending, with an activation mail like a member's, so
 * no operator password ever sits in the configuration. Nothing happens when the account exists already.
 */
@Component
@ConditionalOnProperty(name = "gateway.bootstrap-operator.username")
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final Accounts accounts;
    private final AccountMails mails;
    private final TransactionTemplate transaction;
    private final String username;
    private final String email;

    OperatorBootstrap(Accounts accounts, AccountMails mails, PlatformTransactionManager transactions,
                      @Value("${gateway.bootstrap-operator.username}") String username,
                      @Value("${gateway.bootstrap-operator.email}") String email) {
        this.accounts = accounts;
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactions);
        this.username = username;
        this.email = email;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (!accounts.openOperator(username, "運用担当", email)) {
                return;
            }
            Instant now = Clock.systemUTC().instant();
            mails.send(accounts.find(username).orElseThrow(), TokenPurpose.ACTIVATION,
                    accounts.issueToken(username, TokenPurpose.ACTIVATION, now), now);
            log.info("Operator account {} opened; activation mail queued to {}", username, email);
        });
    }
}
