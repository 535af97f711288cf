package itc.renewal.renewal.procedure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** payment-service confirmed the fee of a renewal (C1). */
public record RecordFeePaymentCommand(@TargetAggregateIdentifier String renewalId, BigDecimal amount,
                                      String method, Instant paidAt) {

    public RecordFeePaymentCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
