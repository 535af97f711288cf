package itc.renewal.platform.web.protection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The protective headers of every response of every application of ours: no MIME sniffing, no framing (click-
 * jacking), a Content-Security-Policy (nothing at all for the JSON API, same-origin for pages), no referrer to other
 * sites, and {@code Cache-Control: no-store} on the API, whose answers are personal. A response may set its own value
 * (a PDF download says {@code private, no-store}); a value set again, e.g. by a proxied service behind the gateway,
 * replaces the one here instead of repeating it.
 */
public class SecurityHeaders extends OncePerRequestFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String PAGE_POLICY = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    private static final Set<String> MANAGED = Set.of("x-content-type-options", "x-frame-options",
            "content-security-policy", "referrer-policy", "cache-control", "permissions-policy");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.of(request);
        boolean api = path.startsWith("/api/") || path.startsWith("/internal/");
        Map<String, String> headers = Map.of(
                "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                "Content-Security-Policy", api ? API_POLICY : PAGE_POLICY,
                "Referrer-Policy", "same-origin",
                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        headers.forEach(response::setHeader);
        if (api) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new OneValueEach(response));
    }

    /** Managed headers keep one value: adding one replaces it. */
    private static final class OneValueEach extends HttpServletResponseWrapper {

        OneValueEach(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
