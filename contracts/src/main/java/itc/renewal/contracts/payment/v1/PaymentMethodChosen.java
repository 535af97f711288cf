package itc.renewal.contracts.payment.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The member chose how to pay the renewal fee (rule F1); the choice is final.
 *
 * @param eventId    idempotency key for consumers; since v1
 * @param occurredAt when the method was chosen; since v1
 * @param memberId   the payer's member id, also the Kafka key; since v1
 * @param renewalId  the renewal the fee belongs to; since v1
 * @param fiscalYear fiscal year (年度) of the renewal; since v1
 * @param method     {@code CARD}, {@code BANK_TRANSFER} or {@code CONVENIENCE_STORE}; consumers ignore values they do
 *                   not know; since v1
 */
public record PaymentMethodChosen(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        String method) {

    public PaymentMethodChosen {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
    }
}
