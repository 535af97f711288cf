package itc.renewal.payment.order.api;

/** The receipt of {@code memberId}'s order {@code renewalId} (rule F4), as {@code Optional<Receipt>}: empty for an
 * order of another member, not paid yet, or unknown. */
public record FindReceiptQuery(String memberId, String renewalId) {
}
