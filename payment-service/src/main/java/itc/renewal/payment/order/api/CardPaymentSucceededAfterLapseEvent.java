package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A card charge that started before the lapse was approved after the order closed (rule Q5): the
 * money moved, so it is recorded, but it pays no renewal. It is not relayed as FeePaid; it awaits a
 * refund by an operator (status {@link PaymentStatus#PAID_AFTER_LAPSE}).
 */
public record CardPaymentSucceededAfterLapseEvent(
        String renewalId,
        String memberId,
        BigDecimal amount,
        String providerReference,
        String idempotencyKey,
        Instant paidAt,
        String cardLast4) {
}
