package itc.renewal.contracts.certificate.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The renewal result notice and certificate (更新結果通知書兼資格証明書) of a completed renewal is issued (rule C4):
 * the member can download it from the member page, and its QR code verifies it. One per renewal; the holder's name
 * is not carried (names travel on {@code itc.holders} only).
 *
 * @param eventId             idempotency key for consumers; since v1
 * @param occurredAt          when the certificate was issued; since v1
 * @param memberId            the holder's member id, also the Kafka key; since v1
 * @param renewalId           the completed renewal, e.g. {@code 2027-M0000001}; since v1
 * @param fiscalYear          fiscal year (年度) renewed; since v1
 * @param certificateId       the certificate's id (the one its verification page names); since v1
 * @param certificationNumber 認定番号, e.g. {@code 0000002001C}; since v1
 * @param validUntil          the 資格有効期限 the certificate shows; since v1
 */
public record CertificateIssued(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        UUID certificateId,
        String certificationNumber,
        LocalDate validUntil) {

    public CertificateIssued {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(certificateId, "certificateId");
    }
}
