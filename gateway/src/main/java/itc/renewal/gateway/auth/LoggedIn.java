package itc.renewal.gateway.auth;

import itc.renewal.platform.identity.Identity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Optional;

/** Who an authenticated request belongs to, as the identity the gateway signs for the services. */
public final class LoggedIn {

    static final String ROLE_PREFIX = "ROLE_";

    private LoggedIn() {
    }

    public static Optional<Identity> identity(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.equals(ROLE_PREFIX + "MEMBER") || a.equals(ROLE_PREFIX + "OPERATOR"))
                .findFirst()
                .map(a -> new Identity(authentication.getName(),
                        Identity.Role.valueOf(a.substring(ROLE_PREFIX.length()))));
    }
}
