package itc.renewal.payment.order.api;

/** The payment methods of rule F1; the member chooses one per order, once. */
public enum PaymentMethod {
    /** クレジットカード: charged at once through the card provider (F2). */
    CARD,
    /** 銀行振込: a qualified invoice at once (F3), paid when the bank's statement shows the transfer. */
    BANK_TRANSFER,
    /** コンビニ払い: a payment slip, paid when the store network calls back. */
    CONVENIENCE_STORE
}
