package itc.renewal.payment.billing.api;

import java.time.Instant;

/** The billing profile as 個人情報編集 shows it; {@code changedAt} null when never set. */
public record BillingProfileView(String addressee, String senderName, Instant changedAt) {

    public static final BillingProfileView NONE = new BillingProfileView(null, null, null);

    public boolean hasBeenSet() {
        return changedAt != null;
    }
}
