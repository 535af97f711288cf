package itc.renewal.platform.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Signs the identity the gateway passes to services (HMAC-SHA256 over subject, role and issue time)
 * and verifies it on the service side, so a caller that bypasses the gateway cannot claim to be
 * someone else.
 */
public class IdentitySigner {

    public static final String SUBJECT = "X-ITC-Subject";
    public static final String ROLE = "X-ITC-Role";
    public static final String ISSUED = "X-ITC-Issued";
    public static final String SIGNATURE = "X-ITC-Signature";

    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final byte[] secret;

    public IdentitySigner(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("platform.identity.secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public Map<String, String> headers(Identity identity, Instant issued) {
        String issuedText = Long.toString(issued.getEpochSecond());
        return Map.of(SUBJECT, identity.subject(), ROLE, identity.role().name(), ISSUED, issuedText,
                SIGNATURE, sign(identity.subject(), identity.role().name(), issuedText));
    }

    public Optional<Identity> verify(String subject, String role, String issued, String signature, Instant now) {
        if (subject == null || role == null || issued == null || signature == null) {
            return Optional.empty();
        }
        byte[] expected = sign(subject, role, issued).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(issued));
            if (Duration.between(issuedAt, now).abs().compareTo(MAX_AGE) > 0) {
                return Optional.empty();
            }
            return Optional.of(new Identity(subject, Identity.Role.valueOf(role)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String subject, String role, String issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((subject + "\n" + role + "\n" + issued).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
