package itc.renewal.payment.order.api;

import java.time.Instant;

/** The member chose how to pay the order (rule F1); the choice is final. */
public record PaymentMethodChosenEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        PaymentMethod method,
        Instant chosenAt) {
}
