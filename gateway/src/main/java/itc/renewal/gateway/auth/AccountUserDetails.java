package itc.renewal.gateway.auth;

import itc.renewal.gateway.account.domain.Account;
import itc.renewal.gateway.account.domain.Accounts;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.List;

/**
 * Spring Security's view of an account: user name, password hash and role ({@code ROLE_MEMBER},
 * {@code ROLE_OPERATOR}); an account that is pending or disabled can not log in.
 */
class AccountUserDetails implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetails(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                // a pending account has no hash yet: a value no password matches, and disabled anyway
                .password(account.passwordHash() == null ? "{noop}" + java.util.UUID.randomUUID()
                        : account.passwordHash())
                .disabled(!account.canLogIn())
                .authorities(List.of(new SimpleGrantedAuthority(LoggedIn.ROLE_PREFIX + account.role().name())))
                .build();
    }
}
