package itc.renewal.gateway.account.lifecycle;

import itc.renewal.gateway.account.domain.Account;
import itc.renewal.gateway.account.domain.AccountStatus;
import itc.renewal.gateway.account.domain.Accounts;
import itc.renewal.platform.identity.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The local stack's demo accounts: the demo members M0000001 … M0000010 and the operator {@code operator}, active
 * with the passwords the launcher generated for this stack (and prints). Only when those passwords are given, i.e.
 * never in production. Name and e-mail come from the holders topic as for everyone.
 */
@Component
@ConditionalOnProperty(name = "gateway.demo-accounts.member-password")
class DemoAccounts implements ApplicationRunner {

    static final int DEMO_MEMBERS = 10;
    static final String OPERATOR = "operator";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final String memberPassword;
    private final String operatorPassword;

    DemoAccounts(Accounts accounts, PasswordEncoder encoder,
                 @Value("${gateway.demo-accounts.member-password}") String memberPassword,
                 @Value("${gateway.demo-accounts.operator-password}") String operatorPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.memberPassword = memberPassword;
        this.operatorPassword = operatorPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        String memberHash = encoder.encode(memberPassword);
        for (int n = 1; n <= DEMO_MEMBERS; n++) {
            accounts.putActive(new Account("M%07d".formatted(n), Identity.Role.MEMBER, null, null, memberHash,
                    AccountStatus.ACTIVE));
        }
        accounts.putActive(new Account(OPERATOR, Identity.Role.OPERATOR, "運用担当", null,
                encoder.encode(operatorPassword), AccountStatus.ACTIVE));
        log.info("Demo accounts ready: M0000001 … M{} and {}", "%07d".formatted(DEMO_MEMBERS), OPERATOR);
    }
}
