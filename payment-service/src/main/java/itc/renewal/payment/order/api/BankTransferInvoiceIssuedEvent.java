package itc.renewal.payment.order.api;

/** Bank transfer was chosen and its qualified invoice issued at once (rule F3). */
public record BankTransferInvoiceIssuedEvent(
        String renewalId,
        String memberId,
        Invoice invoice) {
}
