package itc.renewal.gateway.auth;

import itc.renewal.gateway.routing.Journeys;
import itc.renewal.gateway.routing.ServiceAudiences;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentityGuard;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platform.problem.ProblemResponses;
import itc.renewal.platform.web.protection.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Guards {@code /api/**} after Spring Security has authenticated the request (a session of the member page, or
 * HTTP Basic with the account's password): answers 401 without an authenticated account; otherwise replaces
 * whatever identity headers the client sent with ones the gateway signs, so services can trust them. Runs as a
 * servlet filter, i.e. before the gateway's proxy handler reads the request. The signature uses the system clock:
 * freshness of a signature is not business time.
 */
class SignedIdentityFilter extends IdentityGuard {

    static final String LOGIN_UNAVAILABLE = "ただいまログインを確認できません。しばらくしてからもう一度お試しください。";
    static final String REALM = "ITC Renewal";
    static final String LOGIN_REQUIRED = "ログインが必要です。会員番号とパスワードでログインしてください。"
            + " / Please log in with your member id and password.";

    /** Signed for no service: a path no route serves is answered 404 by the gateway itself anyway. */
    static final String NO_SERVICE = "none";

    private final IdentitySigner signer;
    private final ServiceAudiences audiences;
    private final Clock clock;

    SignedIdentityFilter(IdentitySigner signer, ServiceAudiences audiences, Clock clock) {
        this.signer = signer;
        this.audiences = audiences;
        this.clock = clock;
    }

    /** The API description names endpoints and problems, no one's data: public, like any API's. */
    static final String API_DESCRIPTION = "/api/openapi";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return super.shouldNotFilter(request) || API_DESCRIPTION.equals(RequestPaths.of(request));
    }

    @Override
    protected Optional<Identity> identify(HttpServletRequest request) {
        return LoggedIn.identity(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The identity headers the client may have sent are replaced by the ones the gateway signs for this request:
     * its method and path, and the service its route leads to.
     */
    @Override
    protected HttpServletRequest forwarded(HttpServletRequest request, Identity identity) {
        String path = request.getRequestURI();
        Map<String, String> headers = new HashMap<>(signer.headers(identity, request.getMethod(), path,
                audiences.of(path).orElse(NO_SERVICE), clock.instant()));
        headers.putAll(Journeys.headersFor(request));
        return new SignedIdentityRequest(request, headers);
    }

    @Override
    protected void refuse(HttpServletResponse response) throws IOException {
        loginRequired(response);
    }

    /** 503: the password could not be checked (the account store did not answer); nothing was counted against it. */
    static void loginUnavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, "identity.login-unavailable",
                LOGIN_UNAVAILABLE);
    }

    /** 401 with a problem detail and the Basic challenge (API clients; the member page logs in by its form). */
    static void loginRequired(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "identity.login-required", LOGIN_REQUIRED);
    }
}
