package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Records the slip the store network issued for the order; a second one changes nothing. */
public record RecordConvenienceSlipCommand(
        @TargetAggregateIdentifier String renewalId,
        ConvenienceSlip slip) {

    public RecordConvenienceSlipCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(slip, "slip");
    }
}
