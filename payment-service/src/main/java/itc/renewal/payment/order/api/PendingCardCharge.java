package itc.renewal.payment.order.api;

import java.time.Instant;

/** A card charge that started and has no recorded result yet. */
public record PendingCardCharge(String idempotencyKey, String cardLast4, Instant startedAt) {
}
