package itc.renewal.platform.web.protection;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * The path a request is dispatched on, as the servlet container and Spring MVC see it: percent-escapes decoded and
 * {@code ;parameters} removed. Filters decide on this path, never on the raw request URI, so {@code /%69nternal/…}
 * or {@code /api;x/…} cannot slip past a check that a controller behind it is then reached by.
 */
public final class RequestPaths {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    static {
        PATHS.setUrlDecode(true);
        PATHS.setRemoveSemicolonContent(true);
    }

    private RequestPaths() {
    }

    public static String of(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    /** Whether the raw URI is written as dispatched (no escapes, no path parameters): what signatures cover. */
    public static boolean isCanonical(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + of(request));
    }
}
