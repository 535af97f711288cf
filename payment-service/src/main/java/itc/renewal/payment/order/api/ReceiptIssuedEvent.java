package itc.renewal.payment.order.api;

/** The receipt of a paid order was issued (rule F4); it can be downloaded from the purchase history (F5). */
public record ReceiptIssuedEvent(
        String renewalId,
        String memberId,
        Receipt receipt) {
}
