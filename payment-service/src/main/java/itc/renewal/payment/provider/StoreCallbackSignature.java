package itc.renewal.payment.provider;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How the store network signs its callbacks: header {@code X-Store-Signature: t=<unix seconds>,v1=<hex>} where
 * v1 is HMAC-SHA256 with the shared secret over {@code <t>.<raw body>}. A callback is accepted only with a valid
 * signature made at most {@link #TOLERANCE} ago (or ahead, for clock skew), so a captured callback cannot be
 * replayed later and its body cannot be altered. Uses real time, not business time.
 */
public final class StoreCallbackSignature {

    public static final String HEADER = "X-Store-Signature";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;

    public StoreCallbackSignature(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("payment.store-callback-secret (PAYMENT_STORE_CALLBACK_SECRET) needs at "
                    + "least 16 characters; ./itc-renewal up generates one");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The header value for {@code body} signed at {@code at}. */
    public String sign(byte[] body, Instant at) {
        long seconds = at.getEpochSecond();
        return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(seconds, body));
    }

    /** Empty when valid; otherwise why not, for the log (never for the caller). */
    public Optional<String> problemWith(String header, byte[] body, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.of("no " + HEADER + " header");
        }
        Long seconds = null;
        byte[] given = null;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
                seconds = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1") && pair[1].matches("[0-9a-f]{64}")) {
                given = HexFormat.of().parseHex(pair[1]);
            }
        }
        if (seconds == null || given == null) {
            return Optional.of("malformed " + HEADER + " header");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            return Optional.of("signature time " + Instant.ofEpochSecond(seconds) + " outside " + TOLERANCE);
        }
        if (!MessageDigest.isEqual(given, mac(seconds, body))) {
            return Optional.of("signature does not match the body");
        }
        return Optional.empty();
    }

    private byte[] mac(long seconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((seconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }
}
