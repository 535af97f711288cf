package itc.renewal.gateway.auth;

import itc.renewal.platform.problem.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Runs before Spring Security: every request that brings a password (HTTP Basic, or the login form) is an attempt
 * for {@link LoginThrottle}; while the user id or the address must wait, the password is not even checked: an API
 * client gets 429 with {@code Retry-After}, the login form comes back saying how long to wait.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PATH = "/login";
    private static final String BASIC = "Basic ";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> basicUser = basicUser(request);
        boolean form = basicUser.isEmpty() && "POST".equals(request.getMethod())
                && LOGIN_PATH.equals(request.getServletPath());
        // the form's user name counts as Spring Security looks it up: without surrounding white space
        Optional<String> user = form ? Optional.ofNullable(request.getParameter("username")).map(String::strip)
                : basicUser;
        Optional<Duration> wait = user.flatMap(u -> throttle.attempt(u, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        if (form) {
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?wait=" + seconds);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "identity.too-many-attempts",
                "ログインの試行が多すぎます。" + seconds + " 秒後にもう一度お試しください。"
                        + " / Too many login attempts; try again in " + seconds + " s.");
    }

    /** The user id of a well-formed Basic header, valid or not. */
    static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
