package itc.renewal.payment.order.api;

import java.math.BigDecimal;

/**
 * What a card payment of one order is about.
 *
 * @param receipt the payment already recorded under the same idempotency key (a retried request:
 *                nothing is charged again), or null when the order still awaits payment
 */
public record CardPaymentTerms(
        String renewalId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        CardReceipt receipt) {
}
