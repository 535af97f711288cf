package itc.renewal.payment.order.api;

/** A card charge was declined (kept for the audit trail); the order still awaits payment. */
public record CardPaymentDeclinedEvent(
        String renewalId,
        String reason,
        String idempotencyKey,
        String cardLast4) {
}
