package itc.renewal.platformtest;

import itc.renewal.contracts.identity.SignedIdentity;
import itc.renewal.platform.identity.IdentitySigner;

import java.util.List;

/**
 * The identity secret of every test context (META-INF/itc-platform/test.properties, on the classpath of tests
 * only), for tests that sign or verify outside a Spring context.
 */
public final class TestIdentity {

    public static final String SECRET = "test-only-identity-secret-of-enough-length";

    private TestIdentity() {
    }

    /** A signer for {@code service}: it verifies what is signed for that service and signs as it. */
    public static IdentitySigner signerFor(String service) {
        return new IdentitySigner(service, List.of(SECRET));
    }

    /** The protocol with the test secret, to check a header set some other component signed. */
    public static SignedIdentity protocol() {
        return new SignedIdentity(List.of(SECRET));
    }
}
