package itc.renewal.contracts.payment.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A card charge that started before the renewal window closed was approved after the renewal lapsed (rule Q5): the
 * money was received but pays no renewal; it awaits a refund by an operator. Never followed by FeePaid for it.
 *
 * @param eventId    idempotency key for consumers; since v1
 * @param occurredAt when the provider approved the charge; since v1
 * @param memberId   the payer's member id, also the Kafka key; since v1
 * @param renewalId  the lapsed renewal the charge was meant for; since v1
 * @param fiscalYear fiscal year (年度) of the renewal; since v1
 * @param amount     amount received including consumption tax; since v1
 * @param currency   ISO 4217 code of {@code amount}, always {@code JPY}; since v1
 * @param method     how it was paid, {@code CARD}; since v1
 */
public record PaidAfterLapse(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        String method) {

    public PaidAfterLapse {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(amount, "amount");
    }
}
