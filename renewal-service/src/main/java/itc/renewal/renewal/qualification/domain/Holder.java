package itc.renewal.renewal.qualification.domain;

import itc.renewal.renewal.qualification.api.QualificationStatus;

import java.time.LocalDate;
import java.util.Objects;

/** A qualification holder as the registry knows them (rule Q1). */
public record Holder(
        String memberId,
        String name,
        String nameKana,
        String email,
        String certificationNumber,
        CertifiedIn certifiedIn,
        LocalDate expiry,
        QualificationStatus status) {

    public Holder {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(certifiedIn, "certifiedIn");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(status, "status");
    }

    public boolean isLapsed() {
        return status == QualificationStatus.LAPSED;
    }
}
