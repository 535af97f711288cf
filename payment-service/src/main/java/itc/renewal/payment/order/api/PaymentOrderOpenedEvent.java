package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The fee of an applied renewal is due; the order awaits payment. {@code payableUntil} (the window's end) was added
 * later: null in orders opened before, which use the standard end of the window.
 */
public record PaymentOrderOpenedEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        Instant payableUntil) {
}
