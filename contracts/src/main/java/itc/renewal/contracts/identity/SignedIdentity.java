package itc.renewal.contracts.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The identity headers of an internal request and their signature: HMAC-SHA256 with the deployment's secret over
 * the request's method and path, the service it is meant for (audience), the subject and role, the issue time in
 * milliseconds and a random nonce. A signed header set therefore proves one request only: it cannot be moved to
 * another method, path or service, it expires {@link #MAX_AGE} after it was issued and is not accepted ahead of
 * time beyond {@link #CLOCK_SKEW}; the receiver refuses a nonce it has seen (replay). During a rotation the
 * receiver accepts the current and the previous secret; senders sign with the current one.
 */
public final class SignedIdentity {

    public static final String SUBJECT = "X-ITC-Subject";
    public static final String ROLE = "X-ITC-Role";
    public static final String AUDIENCE = "X-ITC-Audience";
    public static final String ISSUED = "X-ITC-Issued";
    public static final String NONCE = "X-ITC-Nonce";
    public static final String SIGNATURE = "X-ITC-Signature";
    public static final List<String> HEADERS = List.of(SUBJECT, ROLE, AUDIENCE, ISSUED, NONCE, SIGNATURE);

    /** Long enough for a request's way through the gateway, short enough to make a captured one useless soon. */
    public static final Duration MAX_AGE = Duration.ofSeconds(30);
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(2);
    public static final int MIN_SECRET_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a valid header set says. */
    public record Claims(String subject, String role, String audience, Instant issued, String nonce) {
    }

    private final List<byte[]> secrets;

    /** @param secrets the current secret first, then any still accepted during a rotation */
    public SignedIdentity(List<String> secrets) {
        if (secrets.isEmpty() || secrets.stream().anyMatch(s -> s == null || s.length() < MIN_SECRET_LENGTH)) {
            throw new IllegalArgumentException("identity secrets must have at least " + MIN_SECRET_LENGTH
                    + " characters (platform.identity.secret)");
        }
        this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    public Map<String, String> sign(String method, String path, String audience, String subject, String role,
                                    Instant issued) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String nonceText = HexFormat.of().formatHex(nonce);
        String issuedText = Long.toString(issued.toEpochMilli());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SUBJECT, subject);
        headers.put(ROLE, role);
        headers.put(AUDIENCE, audience);
        headers.put(ISSUED, issuedText);
        headers.put(NONCE, nonceText);
        headers.put(SIGNATURE, HexFormat.of().formatHex(mac(secrets.get(0),
                payload(method, path, audience, subject, role, issuedText, nonceText))));
        return headers;
    }

    /**
     * The claims of a request to {@code audience} whose headers {@code header} reads, if they are signed for its
     * method and path and fresh at {@code now}. The nonce is for the caller to check against replays.
     */
    public Optional<Claims> verify(String method, String path, String audience, Function<String, String> header,
                                   Instant now) {
        String subject = header.apply(SUBJECT);
        String role = header.apply(ROLE);
        String claimedAudience = header.apply(AUDIENCE);
        String issued = header.apply(ISSUED);
        String nonce = header.apply(NONCE);
        String signature = header.apply(SIGNATURE);
        if (subject == null || role == null || claimedAudience == null || issued == null || nonce == null
                || signature == null || !audience.equals(claimedAudience) || !issued.matches("\\d{1,15}")
                || !signature.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Instant issuedAt = Instant.ofEpochMilli(Long.parseLong(issued));
        if (issuedAt.isBefore(now.minus(MAX_AGE)) || issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.empty();
        }
        byte[] given = HexFormat.of().parseHex(signature);
        byte[] payload = payload(method, path, audience, subject, role, issued, nonce);
        for (byte[] secret : secrets) {
            if (MessageDigest.isEqual(given, mac(secret, payload))) {
                return Optional.of(new Claims(subject, role, audience, issuedAt, nonce));
            }
        }
        return Optional.empty();
    }

    private static byte[] payload(String method, String path, String audience, String subject, String role,
                                  String issued, String nonce) {
        return String.join("\n", "itc-identity-v2", method.toUpperCase(Locale.ROOT), path, audience,
                subject, role, issued, nonce).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mac(byte[] secret, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
