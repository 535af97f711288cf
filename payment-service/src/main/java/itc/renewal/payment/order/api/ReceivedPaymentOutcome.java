package itc.renewal.payment.order.api;

/** What money that arrived for an order did (rules F3, Q5). */
public enum ReceivedPaymentOutcome {
    /** The exact fee by the chosen method: the order is paid. */
    PAID,
    /** The same money was recorded before (the same statement line or notification): nothing changes. */
    ALREADY_RECORDED,
    /** Less than the fee: the order stays unpaid; the operator settles it with the member. */
    SHORT,
    /** More than the fee: the order stays unpaid until the operator confirms it and refunds the difference. */
    OVER,
    /** The order was already paid: the money is to be refunded. */
    DUPLICATE,
    /** The renewal lapsed before the money came: nothing is paid; the money is to be refunded (Q5). */
    AFTER_LAPSE,
    /** Paid by another method than the one chosen (or none chosen): the operator decides. */
    OTHER_METHOD
}
