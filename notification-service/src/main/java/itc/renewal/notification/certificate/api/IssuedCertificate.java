package itc.renewal.notification.certificate.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A certificate just issued (rule C4), as other systems learn of it. */
public record IssuedCertificate(UUID certificateId, String renewalId, String memberId, int fiscalYear,
                                String certificationNumber, LocalDate validUntil, Instant issuedAt) {
}
