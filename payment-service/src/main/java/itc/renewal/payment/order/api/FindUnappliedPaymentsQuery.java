package itc.renewal.payment.order.api;

/** Money received that paid no order, newest first (rules F3, Q5), for operators. */
public record FindUnappliedPaymentsQuery() {
}
