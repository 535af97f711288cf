package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Opens the order for the fee of an applied renewal; the order id is the renewal id.
 *
 * @param payableUntil when the renewal window closes (Q5), the invoice's due date (F3); null for renewals applied
 *                     before RenewalApplied carried it, which then use the standard end of the window
 */
public record OpenPaymentOrderCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        Instant payableUntil) {

    public OpenPaymentOrderCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
