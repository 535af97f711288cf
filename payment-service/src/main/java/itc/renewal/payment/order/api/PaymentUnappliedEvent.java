package itc.renewal.payment.order.api;

/**
 * Money arrived for the order but did not pay it ({@code outcome} short, over, duplicate, after the lapse or by
 * another method): kept on the order and listed for an operator, who confirms or refunds it (rules F3, Q5).
 */
public record PaymentUnappliedEvent(
        String renewalId,
        String memberId,
        PaymentMethod method,
        ReceivedPayment payment,
        ReceivedPaymentOutcome outcome) {
}
