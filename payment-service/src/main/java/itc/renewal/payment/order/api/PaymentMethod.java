package itc.renewal.payment.order.api;

/** Payment methods of rule F1; bank transfer and convenience store are not built yet. */
public enum PaymentMethod {
    CARD
}
