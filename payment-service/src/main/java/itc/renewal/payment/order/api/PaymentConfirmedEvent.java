package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;

/** An operator confirmed the fee as paid by {@code method}, with a reason (rule F3): the order is paid for good. */
public record PaymentConfirmedEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        PaymentMethod method,
        String operatorId,
        String reason,
        Instant confirmedAt) {
}
