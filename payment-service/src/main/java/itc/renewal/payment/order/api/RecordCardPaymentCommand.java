package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Records a charge the provider approved (rule F2). Sent only after the charge; a key the order
 * already recorded changes nothing. Answers the {@link CardReceipt} the order holds.
 */
public record RecordCardPaymentCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        String idempotencyKey,
        String providerReference,
        String cardLast4,
        Instant paidAt) {

    public RecordCardPaymentCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(providerReference, "providerReference");
        Objects.requireNonNull(paidAt, "paidAt");
        if (cardLast4 == null || !cardLast4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("only the last 4 card digits are kept");
        }
    }
}
