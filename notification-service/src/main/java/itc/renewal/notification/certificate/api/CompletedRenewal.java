package itc.renewal.notification.certificate.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A completed renewal, as the certificate, its notice and the result e-mail need it (rule C4).
 * {@code holderNameKana} and {@code email} may be null: the certificate and notice are issued anyway.
 */
public record CompletedRenewal(
        String renewalId,
        String memberId,
        int fiscalYear,
        LocalDate newExpiry,
        String holderName,
        String holderNameKana,
        String email,
        String certificationNumber,
        YearMonth certifiedIn) {

    public CompletedRenewal {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(newExpiry, "newExpiry");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(certificationNumber, "certificationNumber");
        Objects.requireNonNull(certifiedIn, "certifiedIn");
    }
}
