package itc.renewal.payment.provider;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The store network's callback signature: body and time bound, nothing else accepted. */
class StoreCallbackSignatureTest {

    private static final Instant NOW = Instant.parse("2027-04-12T03:00:00Z");
    private final StoreCallbackSignature signature = new StoreCallbackSignature("local-store-network-secret");
    private final byte[] body = "{\"notificationId\":\"n1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void f1_aSignatureOverTheBodyIsAccepted() {
        assertThat(signature.problemWith(signature.sign(body, NOW), body, NOW.plusSeconds(30))).isEmpty();
    }

    @Test
    void f1_anAlteredBodyAnotherSecretAnOldSignatureOrNoneAreRefused() {
        String signed = signature.sign(body, NOW);
        byte[] altered = "{\"notificationId\":\"n2\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.problemWith(signed, altered, NOW)).isPresent();
        assertThat(new StoreCallbackSignature("another-secret-of-16").problemWith(signed, body, NOW)).isPresent();
        assertThat(signature.problemWith(signed, body, NOW.plus(StoreCallbackSignature.TOLERANCE).plusSeconds(1)))
                .isPresent();
        assertThat(signature.problemWith(null, body, NOW)).isPresent();
        assertThat(signature.problemWith("t=1,v1=zz", body, NOW)).isPresent();
    }
}
