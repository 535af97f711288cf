package itc.renewal.payment.billing.api;

import java.time.Instant;

/** The member's invoice addressee and sender name from now on (rule F4). */
public record BillingProfileChangedEvent(String memberId, String addressee, String senderName, Instant changedAt) {
}
