package itc.renewal.platform.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * Accepts {@code /api/**} requests only with an identity signed by the gateway; answers 401 with a
 * problem detail otherwise. The verified identity is a request attribute for {@link Identity}
 * controller parameters. Uses the real system clock: signature freshness is not business time.
 */
public class IdentityFilter extends IdentityGuard {

    private final IdentitySigner signer;
    private final Clock clock;

    public IdentityFilter(IdentitySigner signer, Clock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    protected Optional<Identity> identify(HttpServletRequest request) {
        return signer.verify(request.getHeader(IdentitySigner.SUBJECT), request.getHeader(IdentitySigner.ROLE),
                request.getHeader(IdentitySigner.ISSUED), request.getHeader(IdentitySigner.SIGNATURE), clock.instant());
    }

    @Override
    protected void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"ログインしてください（署名付きの利用者情報がありません）。\",\"code\":\"identity.missing\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
