package itc.renewal.contracts.payment.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The renewal fee of one renewal was paid (rules F1, F2).
 *
 * @param eventId    idempotency key for consumers; since v1
 * @param occurredAt when the payment was confirmed; since v1
 * @param memberId   the payer's member id, also the Kafka key; since v1
 * @param renewalId  the renewal the fee belongs to; since v1
 * @param fiscalYear fiscal year (年度) of the renewal; since v1
 * @param amount     amount paid including consumption tax; since v1
 * @param currency   ISO 4217 code of {@code amount}, always {@code JPY}; since v1
 * @param method     {@code CARD}, {@code BANK_TRANSFER} or {@code CONVENIENCE_STORE}; since v1
 */
public record FeePaid(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        String method) {

    public FeePaid {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
    }
}
