package itc.renewal.gateway.account.lifecycle;

import itc.renewal.gateway.account.domain.Accounts;
import itc.renewal.gateway.account.domain.OneTimeToken;
import itc.renewal.gateway.account.domain.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Setting a password from an e-mail link (activation or reset): the link must be unused and unexpired; the password
 * must satisfy {@link PasswordPolicy} and be typed twice alike. Then the account is active, every open link of it is
 * used up, and every session of the account ends (a reset locks out whoever had the old password).
 */
@Component
public class PasswordSetting {

    /** The outcome: the account whose password was set, or the message key of what is wrong. */
    public record Outcome(String username, String problem) {

        public boolean succeeded() {
            return problem == null;
        }
    }

    public static final String LINK_INVALID = "password.link-invalid";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    PasswordSetting(Accounts accounts, PasswordEncoder encoder,
                    FindByIndexNameSessionRepository<? extends Session> sessions,
                    PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.sessions = sessions;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Whose link this is, while it can still be used. */
    public Optional<Accounts.TokenUse> usable(String token) {
        return token == null ? Optional.empty()
                : accounts.usableToken(OneTimeToken.hashOf(token), clock.instant(), false);
    }

    public Outcome set(String token, String password, String confirmation) {
        Outcome outcome = transaction.execute(status -> {
            Optional<Accounts.TokenUse> use = token == null ? Optional.empty()
                    : accounts.usableToken(OneTimeToken.hashOf(token), clock.instant(), true);
            if (use.isEmpty()) {
                return new Outcome(null, LINK_INVALID);
            }
            String username = use.get().username();
            Optional<String> violation = PasswordPolicy.violation(username, password);
            if (violation.isPresent()) {
                return new Outcome(username, violation.get());
            }
            if (!Objects.equals(password, confirmation)) {
                return new Outcome(username, "password.mismatch");
            }
            accounts.setPassword(username, encoder.encode(password), clock.instant());
            return new Outcome(username, null);
        });
        if (outcome.succeeded()) {
            sessions.findByPrincipalName(outcome.username()).keySet().forEach(sessions::deleteById);
        }
        return outcome;
    }
}
