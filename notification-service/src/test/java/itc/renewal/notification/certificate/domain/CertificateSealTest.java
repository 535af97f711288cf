package itc.renewal.notification.certificate.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule C5: only the association makes a token that fits a certificate id. */
class CertificateSealTest {

    private static final UUID CERTIFICATE = UUID.fromString("5b0e8a8e-3f43-4c1f-9d0e-2f8f5c7a1d01");
    private final CertificateSeal seal = new CertificateSeal("a-verification-secret-of-enough-length");

    @Test
    void c5_theTokenOfACertificateFitsItAndNoOther() {
        String token = seal.tokenOf(CERTIFICATE);

        assertThat(seal.isGenuine(CERTIFICATE, token)).isTrue();
        assertThat(seal.isGenuine(UUID.fromString("5b0e8a8e-3f43-4c1f-9d0e-2f8f5c7a1d02"), token)).isFalse();
        assertThat(seal.isGenuine(CERTIFICATE, token.substring(1) + "A")).isFalse();
        assertThat(seal.isGenuine(CERTIFICATE, "not base64 !")).isFalse();
        assertThat(seal.isGenuine(CERTIFICATE, null)).isFalse();
        assertThat(new CertificateSeal("another-verification-secret-of-length").isGenuine(CERTIFICATE, token))
                .as("forged with another secret").isFalse();
    }

    @Test
    void c5_thereIsNoDefaultSecret() {
        assertThatThrownBy(() -> new CertificateSeal("")).hasMessageContaining("NOTIFICATION_VERIFICATION_SECRET");
    }
}
