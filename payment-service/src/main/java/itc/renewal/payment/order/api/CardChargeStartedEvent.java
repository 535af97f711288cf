package itc.renewal.payment.order.api;

import java.time.Instant;

/**
 * A card charge under {@code idempotencyKey} may reach the provider from now on. Until its result
 * is recorded (or it is abandoned), no charge under another key starts: one order, one charge.
 */
public record CardChargeStartedEvent(
        String renewalId,
        String idempotencyKey,
        String cardLast4,
        Instant startedAt) {
}
