package itc.renewal.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.gateway.routing.ServiceAudiences;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentityGuard;
import itc.renewal.platform.identity.IdentitySigner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Guards {@code /api/**}: answers 401 without valid credentials; otherwise replaces whatever identity
 * headers the client sent with ones the gateway signs, so services can trust them. Runs as a servlet
 * filter, i.e. before the gateway's proxy handler reads the request. The signature uses the system
 * clock: freshness of a signature is not business time.
 */
class SignedIdentityFilter extends IdentityGuard {

    static final String REALM = "ITC Renewal";
    static final String LOGIN_REQUIRED = "ログインが必要です。会員番号とパスワードでログインしてください。"
            + " / Please log in with your member id and password.";

    /** Signed for no service: a path no route serves is answered 404 by the gateway itself anyway. */
    static final String NO_SERVICE = "none";

    private final Authenticator authenticator;
    private final IdentitySigner signer;
    private final ServiceAudiences audiences;
    private final LoginThrottle throttle;
    private final ObjectMapper json;
    private final Clock clock;

    SignedIdentityFilter(Authenticator authenticator, IdentitySigner signer, ServiceAudiences audiences,
                         ObjectMapper json, Clock clock) {
        this.authenticator = authenticator;
        this.signer = signer;
        this.audiences = audiences;
        this.throttle = new LoginThrottle(clock);
        this.json = json;
        this.clock = clock;
    }

    /** Password guessing is slowed down: while a user id or an address must wait, nothing is checked (429). */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = authenticator.claimedUser(request)
                .flatMap(user -> throttle.attempt(user, request.getRemoteAddr()));
        if (wait.isPresent()) {
            tooManyAttempts(response, wait.get());
            return;
        }
        super.doFilterInternal(request, response, chain);
    }

    @Override
    protected Optional<Identity> identify(HttpServletRequest request) {
        Optional<Identity> identity = authenticator.authenticate(request);
        if (identity.isPresent()) {
            authenticator.claimedUser(request).ifPresent(user -> throttle.succeeded(user, request.getRemoteAddr()));
        }
        return identity;
    }

    /**
     * The identity headers the client may have sent are replaced by the ones the gateway signs for this request:
     * its method and path, and the service its route leads to.
     */
    @Override
    protected HttpServletRequest forwarded(HttpServletRequest request, Identity identity) {
        String path = request.getRequestURI();
        return new SignedIdentityRequest(request, signer.headers(identity, request.getMethod(), path,
                audiences.of(path).orElse(NO_SERVICE), clock.instant()));
    }

    private void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "ログインの試行が多すぎます。" + seconds + " 秒後にもう一度お試しください。"
                        + " / Too many login attempts; try again in " + seconds + " s.");
        problem.setProperty("code", "identity.too-many-attempts");
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    @Override
    protected void refuse(HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, LOGIN_REQUIRED);
        problem.setProperty("code", "identity.login-required");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
