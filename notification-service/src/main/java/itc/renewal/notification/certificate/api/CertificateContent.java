package itc.renewal.notification.certificate.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/** What one 更新結果通知書兼資格証明書 shows (rule C4). {@code holderNameKana} may be null. */
public record CertificateContent(
        UUID certificateId,
        int fiscalYear,
        String holderName,
        String holderNameKana,
        String certificationNumber,
        YearMonth certifiedIn,
        LocalDate expiry,
        LocalDate issuedOn,
        URI verificationUrl) {

    public CertificateContent {
        Objects.requireNonNull(certificateId, "certificateId");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(certificationNumber, "certificationNumber");
        Objects.requireNonNull(certifiedIn, "certifiedIn");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
