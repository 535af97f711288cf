package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order as a payment step needs it: what to pay, by when, by which method chosen, the invoice of a bank transfer
 * and the slip of a convenience-store payment ({@code slip} null while still to be obtained from the store network).
 */
public record PaymentTerms(
        String renewalId,
        String memberId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        Instant payableUntil,
        PaymentMethod method,
        Invoice invoice,
        ConvenienceSlip slip) {

    public boolean slipMissing() {
        return method == PaymentMethod.CONVENIENCE_STORE && slip == null;
    }
}
