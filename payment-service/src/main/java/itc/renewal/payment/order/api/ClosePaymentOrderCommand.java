package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Closes the order of a renewal that lapsed (rules Q5, Q6, C3): from now on it cannot be paid.
 * Sent whether or not the order was opened, so that the lapse is remembered by renewal id.
 *
 * @param lapsedAt when the renewal lapsed, i.e. the window's end; informative only (the contract's
 *                 occurredAt, which v1 does not require)
 */
public record ClosePaymentOrderCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        int fiscalYear,
        Instant lapsedAt) {

    public ClosePaymentOrderCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
