package itc.renewal.payment.order.api;

import java.math.BigDecimal;

/** The fee of an applied renewal is due; the order awaits payment. */
public record PaymentOrderOpenedEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        BigDecimal amount,
        String currency) {
}
