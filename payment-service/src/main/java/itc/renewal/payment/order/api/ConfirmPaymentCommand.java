package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * An operator confirms by hand that the fee was paid (rule F3), e.g. a transfer without the reference, with the
 * reason recorded for the audit.
 */
public record ConfirmPaymentCommand(
        @TargetAggregateIdentifier String renewalId,
        String operatorId,
        String reason,
        Instant confirmedAt) {

    public ConfirmPaymentCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }
}
