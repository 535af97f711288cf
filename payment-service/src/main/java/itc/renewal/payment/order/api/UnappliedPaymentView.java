package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money that arrived for an order and did not pay it, for an operator to settle or refund (rules F3, Q5). */
public record UnappliedPaymentView(String reference, String renewalId, String memberId, PaymentMethod method,
                                   BigDecimal amount, LocalDate receivedOn, String payer,
                                   ReceivedPaymentOutcome outcome, Instant recordedAt) {
}
