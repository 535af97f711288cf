package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Asks the order, before any card is charged, to note that a charge under {@code idempotencyKey}
 * starts now (rules F1, F2). Answers {@link CardPaymentTerms}: what to charge, the receipt of a
 * charge already recorded under the key, or a stale charge to resolve first.
 *
 * @param startedAt business time now; decides whether another pending charge has timed out
 */
public record StartCardChargeCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        String idempotencyKey,
        String cardLast4,
        Instant startedAt) {

    public StartCardChargeCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(startedAt, "startedAt");
        if (cardLast4 == null || !cardLast4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("only the last 4 card digits are kept");
        }
    }
}
