package itc.renewal.payment.order.api;

import java.time.Instant;

/** A recorded card payment, as the member sees it. */
public record CardReceipt(String providerReference, Instant paidAt) {
}
