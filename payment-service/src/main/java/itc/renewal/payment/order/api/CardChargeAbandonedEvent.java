package itc.renewal.payment.order.api;

import java.time.Instant;

/** The provider never saw the pending charge under {@code idempotencyKey}; the order awaits payment again. */
public record CardChargeAbandonedEvent(
        String renewalId,
        String idempotencyKey,
        Instant abandonedAt) {
}
