package itc.renewal.payment.billing.api;

/** The billing profile of {@code memberId}; answers {@link BillingProfileView#NONE} when never set. */
public record FindBillingProfileQuery(String memberId) {
}
