package itc.renewal.platform.identity;

import itc.renewal.platform.problem.ProblemResponses;
import itc.renewal.platform.web.protection.RequestPaths;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Guards {@code /api/**}: a request goes on only with an {@link Identity}, which becomes the request attribute
 * that {@link Identity} controller parameters read; otherwise it is refused. The gateway identifies by the
 * member's credentials and forwards signed headers; a service identifies by those signed headers.
 */
public abstract class IdentityGuard extends OncePerRequestFilter {

    /** The request attribute holding the proven {@link Identity}. */
    public static final String ATTRIBUTE = Identity.class.getName();

    /** The identity the request proves, if it proves one. */
    protected abstract Optional<Identity> identify(HttpServletRequest request);

    /** Answers a request without identity (401 with a problem detail). */
    protected abstract void refuse(HttpServletResponse response) throws IOException;

    /** Whether {@code identity} may make this request at all (e.g. the right kind of caller); by default yes. */
    protected boolean permits(HttpServletRequest request, Identity identity) {
        return true;
    }

    /** Answers a request whose identity is proven but not permitted (403 with a problem detail). */
    protected void forbid(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** The request the rest of the chain sees once {@code identity} is known; by default the same request. */
    protected HttpServletRequest forwarded(HttpServletRequest request, Identity identity) {
        return request;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !RequestPaths.of(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!RequestPaths.isCanonical(request)) {
            // an escaped or parameterised path is never signed as such: refuse it rather than guess
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "request.path-not-canonical",
                    "パスに符号化された文字やパラメータを含めないでください。");
            return;
        }
        Optional<Identity> identity = identify(request);
        if (identity.isEmpty()) {
            refuse(response);
            return;
        }
        if (!permits(request, identity.get())) {
            forbid(request, response);
            return;
        }
        request.setAttribute(ATTRIBUTE, identity.get());
        chain.doFilter(forwarded(request, identity.get()), response);
    }
}
