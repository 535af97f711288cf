package itc.renewal.gateway.account.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B style: length over composition): 12 to 128 characters, not the
 * member id, not one character repeated, not one of the passwords everyone tries first. Any characters are allowed,
 * Japanese included. Each refusal is a message key of the pages ({@code password.*}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "passwordpassword",
            "itcoordinator", "itc-coordinator", "1234567890ab", "aaaaaaaaaaaa", "abcdefghijkl", "iloveyou1234");

    private PasswordPolicy() {
    }

    /** The message key of the first rule {@code password} breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.contains-username");
        }
        if (password.codePoints().distinct().count() < 4 || COMMON.contains(lower)) {
            return Optional.of("password.too-common");
        }
        return Optional.empty();
    }
}
