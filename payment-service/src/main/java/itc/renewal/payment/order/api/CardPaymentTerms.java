package itc.renewal.payment.order.api;

import java.math.BigDecimal;

/**
 * What a card payment of one order is about, as answered to {@link StartCardChargeCommand}. At most
 * one of {@code receipt} and {@code staleCharge} is set; when neither is, the charge has started and
 * the card is to be charged now.
 *
 * @param receipt     the payment already recorded under the same idempotency key (a retried request:
 *                    nothing is charged again)
 * @param staleCharge a charge under another key that started too long ago and never got a result:
 *                    its outcome must be asked of the provider and recorded first; nothing started
 */
public record CardPaymentTerms(
        String renewalId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        CardReceipt receipt,
        PendingCardCharge staleCharge) {
}
