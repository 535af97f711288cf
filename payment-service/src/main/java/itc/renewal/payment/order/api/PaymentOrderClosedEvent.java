package itc.renewal.payment.order.api;

import java.time.Instant;

/**
 * The renewal lapsed before its fee was paid (rules Q5, Q6, C3): the order can no longer be paid.
 * Arriving before the order was opened (fee waived, or RenewalApplied still to come), it closes the
 * order in advance: a RenewalApplied delivered later opens nothing payable.
 */
public record PaymentOrderClosedEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        Instant lapsedAt) {
}
