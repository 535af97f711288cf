package itc.renewal.contracts.renewal.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A renewal is complete: applied, fee paid or waived, report submitted (rule C1). Carries what the
 * certificate shows (rule C4) as it stood at completion, except the holder's name: names and e-mail addresses
 * travel on {@code itc.holders} only (the consumers that write to holders read it there).
 *
 * @param eventId             idempotency key for consumers; since v1
 * @param occurredAt          when the renewal completed; since v1
 * @param memberId            the holder's member id, also the Kafka key; since v1
 * @param renewalId           id of the renewal; since v1
 * @param fiscalYear          fiscal year (年度) renewed; since v1
 * @param newExpiry           the new 資格有効期限, 31 May of the following year (rule Q2); since v1
 * @param certificationNumber 認定番号, e.g. {@code 0000002001C}; since v1
 * @param certifiedIn         認定年月 as {@code yyyy-MM}; since v1
 */
public record RenewalCompleted(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        LocalDate newExpiry,
        String certificationNumber,
        String certifiedIn) {

    public RenewalCompleted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(newExpiry, "newExpiry");
    }
}
