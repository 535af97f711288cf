package itc.renewal.payment.order.api;

import java.math.BigDecimal;

/**
 * The fee was paid by bank transfer (matched on a statement) or at a convenience store (rule F1, F3): the order is
 * paid for good. Carries what the outbound relay and the receipt need.
 */
public record PaymentReceivedEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        String currency,
        PaymentMethod method,
        ReceivedPayment payment) {

    public BigDecimal amount() {
        return payment.amount();
    }
}
