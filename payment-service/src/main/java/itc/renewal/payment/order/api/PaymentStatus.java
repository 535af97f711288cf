package itc.renewal.payment.order.api;

public enum PaymentStatus {
    AWAITING_PAYMENT,
    PAID,
    /** The renewal lapsed unpaid (rules Q5, Q6): the order cannot be paid any more. */
    CLOSED_LAPSED,
    /** A charge started before the lapse was approved after it: recorded, to be refunded by an operator. */
    PAID_AFTER_LAPSE
}
