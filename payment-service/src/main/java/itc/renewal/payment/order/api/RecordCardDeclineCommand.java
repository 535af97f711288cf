package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Records, for the audit trail, a charge the provider declined; the order keeps awaiting payment. */
public record RecordCardDeclineCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        String idempotencyKey,
        String reason,
        String cardLast4) {

    public RecordCardDeclineCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(reason, "reason");
        if (cardLast4 == null || !cardLast4.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("only the last 4 card digits are kept");
        }
    }
}
