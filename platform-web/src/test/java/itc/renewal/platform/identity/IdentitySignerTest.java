package itc.renewal.platform.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdentitySignerTest {

    private final IdentitySigner signer = new IdentitySigner("a-test-secret-of-enough-length");
    private final Instant now = Instant.parse("2027-04-10T00:00:00Z");

    @Test
    void acceptsWhatItSigned() {
        Map<String, String> h = signer.headers(Identity.member("M0000001"), now);
        assertThat(verify(h, h.get(IdentitySigner.SUBJECT), now)).contains(Identity.member("M0000001"));
    }

    @Test
    void refusesAnotherSubjectUnderTheSameSignature() {
        Map<String, String> h = signer.headers(Identity.member("M0000001"), now);
        assertThat(verify(h, "M0000002", now)).isEmpty();
    }

    @Test
    void refusesAStaleSignature() {
        Map<String, String> h = signer.headers(Identity.member("M0000001"), now);
        assertThat(verify(h, "M0000001", now.plusSeconds(600))).isEmpty();
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        Map<String, String> h = new IdentitySigner("another-secret-of-enough-length")
                .headers(Identity.member("M0000001"), now);
        assertThat(verify(h, "M0000001", now)).isEmpty();
    }

    private java.util.Optional<Identity> verify(Map<String, String> h, String subject, Instant at) {
        return signer.verify(subject, h.get(IdentitySigner.ROLE), h.get(IdentitySigner.ISSUED),
                h.get(IdentitySigner.SIGNATURE), at);
    }
}
