package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Issues the receipt of a paid order (rule F4); an order has one receipt, a second command changes nothing. */
public record IssueReceiptCommand(
        @TargetAggregateIdentifier String renewalId,
        Receipt receipt) {

    public IssueReceiptCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(receipt, "receipt");
    }
}
