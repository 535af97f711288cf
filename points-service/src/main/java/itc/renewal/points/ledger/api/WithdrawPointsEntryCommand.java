package itc.renewal.points.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A member withdraws one of their own entries (rule P3), with an optional reason. */
public record WithdrawPointsEntryCommand(@TargetAggregateIdentifier String memberId, String entryId, String reason) {

    public WithdrawPointsEntryCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(entryId, "entryId");
    }
}
