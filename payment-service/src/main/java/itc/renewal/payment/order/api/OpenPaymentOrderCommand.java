package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Objects;

/** Opens the order for the fee of an applied renewal; the order id is the renewal id. */
public record OpenPaymentOrderCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        int fiscalYear,
        BigDecimal amount,
        String currency) {

    public OpenPaymentOrderCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
