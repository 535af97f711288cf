package itc.renewal.platform.identity;

import itc.renewal.contracts.identity.SignedIdentity;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Signs identities for internal requests and verifies the ones this application receives
 * ({@link SignedIdentity}: bound to method, path and the receiving service, short-lived, one-sided in time). A nonce
 * seen before is refused, so a captured header set cannot be replayed here. Each deployment has its own secret;
 * during a rotation the previous one is accepted too.
 */
public class IdentitySigner {

    private final SignedIdentity protocol;
    private final String audience;
    private final ConcurrentMap<String, Instant> seenNonces = new ConcurrentHashMap<>();

    /**
     * @param audience this application's name, which signatures it accepts must name
     * @param secrets  the current secret, then the previous one during a rotation (blank ones are left out)
     */
    public IdentitySigner(String audience, List<String> secrets) {
        this.protocol = new SignedIdentity(secrets.stream().filter(s -> s != null && !s.isBlank()).toList());
        this.audience = audience;
    }

    public String audience() {
        return audience;
    }

    /** The headers that prove {@code identity} for one {@code method} on {@code path} of service {@code to}. */
    public Map<String, String> headers(Identity identity, String method, String path, String to, Instant issued) {
        return protocol.sign(method, path, to, identity.subject(), identity.role().name(), issued);
    }

    /** The identity {@code request} proves to this application at {@code now}, once. */
    public Optional<Identity> verify(HttpServletRequest request, Instant now) {
        Optional<SignedIdentity.Claims> claims = protocol.verify(request.getMethod(), request.getRequestURI(),
                audience, request::getHeader, now);
        if (claims.isEmpty() || !firstUse(claims.get().nonce(), now)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Identity(claims.get().subject(), Identity.Role.valueOf(claims.get().role())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean firstUse(String nonce, Instant now) {
        if (seenNonces.size() > 10_000) {
            Instant forgotten = now.minus(SignedIdentity.MAX_AGE).minus(SignedIdentity.CLOCK_SKEW);
            seenNonces.values().removeIf(seen -> seen.isBefore(forgotten));
        }
        return seenNonces.putIfAbsent(nonce, now) == null;
    }
}
