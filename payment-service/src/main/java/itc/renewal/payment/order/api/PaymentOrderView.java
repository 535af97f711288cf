package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order as the member sees it. {@code orderId} equals {@code renewalId}; {@code method} and
 * {@code paidAt} are null until paid.
 */
public record PaymentOrderView(
        String orderId,
        String renewalId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        PaymentStatus status,
        PaymentMethod method,
        Instant paidAt) {
}
