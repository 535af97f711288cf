package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Money arrived for the order by {@code method} (bank transfer reconciliation or the store network's callback).
 * Answers the {@link ReceivedPaymentOutcome}; only {@code PAID} pays the order, every other outcome is listed for an
 * operator and changes nothing else.
 *
 * @param slipNumber for a convenience-store payment, the slip paid: it must be the order's
 */
public record RecordReceivedPaymentCommand(
        @TargetAggregateIdentifier String renewalId,
        PaymentMethod method,
        ReceivedPayment payment,
        String slipNumber) {

    public RecordReceivedPaymentCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(payment, "payment");
    }
}
