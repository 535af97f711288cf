package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Gives up a stale pending charge that the provider does not know (its request died before it
 * reached the provider), so that the member may pay under a new key. Refused while not stale.
 */
public record AbandonCardChargeCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        String idempotencyKey,
        Instant abandonedAt) {

    public AbandonCardChargeCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(abandonedAt, "abandonedAt");
    }
}
