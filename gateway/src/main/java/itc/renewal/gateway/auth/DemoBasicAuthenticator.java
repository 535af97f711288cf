package itc.renewal.gateway.auth;

import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Demo login over HTTP Basic: a member id (M + 7 digits) with the shared demo password, or the user
 * {@code operator} with the operator password. Not for production: there is no per-user secret.
 */
class DemoBasicAuthenticator implements Authenticator {

    static final String OPERATOR = "operator";
    private static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");
    private static final String BASIC = "Basic ";

    private final DemoLoginProperties properties;

    DemoBasicAuthenticator(DemoLoginProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<Identity> authenticate(HttpServletRequest request) {
        return credentials(request).flatMap(pair -> check(pair[0], pair[1]));
    }

    @Override
    public Optional<String> claimedUser(HttpServletRequest request) {
        return credentials(request).map(pair -> pair[0]);
    }

    /** User and password of the Basic header, if well formed. */
    private static Optional<String[]> credentials(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private Optional<Identity> check(String user, String password) {
        if (OPERATOR.equals(user) && matches(password, properties.operatorPassword())) {
            return Optional.of(new Identity(OPERATOR, Identity.Role.OPERATOR));
        }
        if (MEMBER_ID.matcher(user).matches() && matches(password, properties.demoPassword())) {
            return Optional.of(Identity.member(user));
        }
        return Optional.empty();
    }

    // Constant-time comparison, so response timing does not reveal how much of a password matched.
    private static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
