package itc.renewal.gateway.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.gateway.routing.ServiceAudiences;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentityGuard;
import itc.renewal.platform.identity.IdentitySigner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.time.Clock;
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
    private final ObjectMapper json;
    private final Clock clock;

    SignedIdentityFilter(Authenticator authenticator, IdentitySigner signer, ServiceAudiences audiences,
                         ObjectMapper json, Clock clock) {
        this.authenticator = authenticator;
        this.signer = signer;
        this.audiences = audiences;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected Optional<Identity> identify(HttpServletRequest request) {
        return authenticator.authenticate(request);
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
