package itc.renewal.contracts.payment.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A card charge for the renewal fee was declined by the card provider (rule F2); the fee is still due and the member
 * may try again.
 *
 * @param eventId    idempotency key for consumers; since v1
 * @param occurredAt when the decline was recorded; since v1
 * @param memberId   the payer's member id, also the Kafka key; since v1
 * @param renewalId  the renewal the fee belongs to; since v1
 * @param fiscalYear fiscal year (年度) of the renewal; since v1
 * @param reason     the provider's reason code, e.g. {@code card_declined}; since v1
 */
public record CardPaymentDeclined(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        String reason) {

    public CardPaymentDeclined {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
    }
}
