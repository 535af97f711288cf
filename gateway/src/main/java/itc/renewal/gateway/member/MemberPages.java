package itc.renewal.gateway.member;

import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every member page shares: who is logged in (pages are for members; an operator is sent to the operators'
 * page) and the 503 page when a service can not be reached.
 */
@ControllerAdvice(basePackageClasses = MemberPages.class)
public class MemberPages {

    /** The member behind a page request; Spring Security has authenticated it already. */
    public static Identity member(Authentication authentication) {
        Identity identity = itc.renewal.gateway.auth.LoggedIn.identity(authentication)
                .orElseThrow(() -> new IllegalStateException("pages are behind the login"));
        if (identity.role() != Identity.Role.MEMBER) {
            throw new NotAMember();
        }
        return identity;
    }

    /** An operator on a member page. */
    public static final class NotAMember extends RuntimeException {
    }

    @ExceptionHandler(ServiceBackend.ServiceUnavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable() {
        return "member/unavailable";
    }

    @ExceptionHandler(NotAMember.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAMember() {
        return "member/members-only";
    }
}
