package itc.renewal.gateway.auth;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The delegating encoder (bcrypt for new passwords, any older format still read), remembering for a few minutes that
 * a password matched a stored hash. API clients send their password with every request (HTTP Basic); bcrypt is slow
 * on purpose (tens of milliseconds of CPU), and paying that on every request of a logged-in script would make the
 * gateway the bottleneck. Only matches are remembered, as an HMAC under a key that never leaves this process, keyed
 * by the stored hash, so a changed password (a new hash) is checked afresh and a wrong password always is.
 */
class RememberingPasswordEncoder implements PasswordEncoder {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 50_000;

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final ConcurrentMap<String, Remembered> matches = new ConcurrentHashMap<>();

    private record Remembered(byte[] mac, Instant until) {
    }

    RememberingPasswordEncoder(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        Instant now = clock.instant();
        byte[] mac = mac(rawPassword, encodedPassword);
        Remembered remembered = matches.get(encodedPassword);
        if (remembered != null && remembered.until().isAfter(now) && MessageDigest.isEqual(remembered.mac(), mac)) {
            return true;
        }
        boolean matched = delegate.matches(rawPassword, encodedPassword);
        if (matched) {
            if (matches.size() >= MAX_REMEMBERED) {
                matches.values().removeIf(r -> !r.until().isAfter(now));
            }
            if (matches.size() < MAX_REMEMBERED) {
                matches.put(encodedPassword, new Remembered(mac, now.plus(REMEMBERED_FOR)));
            }
        }
        return matched;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private byte[] mac(CharSequence raw, String encoded) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(encoded.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JRE has HmacSHA256", e);
        }
    }
}
