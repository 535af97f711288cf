package itc.renewal.payment.order.api;

import java.time.Instant;

/**
 * A recorded card payment, as the member sees it; {@code status} is {@link PaymentStatus#PAID}, or
 * {@link PaymentStatus#PAID_AFTER_LAPSE} for a charge that landed after the renewal lapsed.
 */
public record CardReceipt(String providerReference, Instant paidAt, PaymentStatus status) {
}
