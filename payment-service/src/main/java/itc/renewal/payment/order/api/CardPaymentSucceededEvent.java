package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The fee was paid by card (rules F1, F2); the order is paid for good. Carries fiscal year and
 * currency so that the outbound relay needs no other state, and only the last 4 card digits.
 */
public record CardPaymentSucceededEvent(
        String renewalId,
        String memberId,
        BigDecimal amount,
        String providerReference,
        String idempotencyKey,
        Instant paidAt,
        int fiscalYear,
        String currency,
        String cardLast4) {
}
