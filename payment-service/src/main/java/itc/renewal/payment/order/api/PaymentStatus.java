package itc.renewal.payment.order.api;

public enum PaymentStatus {
    AWAITING_PAYMENT,
    PAID
}
