package itc.renewal.gateway.auth;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password against the account (through {@code delegate}) and tells {@link LoginThrottle} when it was right,
 * so the attempt {@link LoginThrottleFilter} counted is taken back and the user's failures are forgotten; an attempt
 * that could not be checked at all (the account store failed) is taken back too.
 */
class ThrottledAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (InternalAuthenticationServiceException unavailable) {
            // the account store did not answer (database restarting): not a wrong password, so not counted
            if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
                throttle.unchecked(authentication.getName(), details.getRemoteAddress());
            }
            throw unavailable;
        }
        if (result != null && result.isAuthenticated()
                && authentication.getDetails() instanceof WebAuthenticationDetails details) {
            throttle.succeeded(authentication.getName(), details.getRemoteAddress());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
