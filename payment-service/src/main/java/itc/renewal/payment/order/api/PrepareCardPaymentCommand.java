package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Asks the order, before any card is charged, whether {@code memberId} may pay it now and how much.
 * Changes nothing; answers {@link CardPaymentTerms}.
 */
public record PrepareCardPaymentCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        String idempotencyKey) {

    public PrepareCardPaymentCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }
}
