package itc.renewal.payment.order.api;

/** The invoice of {@code memberId}'s order {@code renewalId} (rule F3), as {@code Optional<Invoice>}: empty for an
 * order of another member, without an invoice, or unknown. */
public record FindInvoiceQuery(String memberId, String renewalId) {
}
