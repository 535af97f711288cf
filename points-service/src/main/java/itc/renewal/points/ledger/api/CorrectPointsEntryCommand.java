package itc.renewal.points.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member corrects one of their own entries (rule P3): the entry's whole new state, as at registration,
 * and an optional reason. The ledger checks the values by the rules of registration (P6).
 */
public record CorrectPointsEntryCommand(
        @TargetAggregateIdentifier String memberId,
        String entryId,
        LocalDate activityDate,
        String category,
        String title,
        BigDecimal points,
        BigDecimal hours,
        String note,
        String reason) {

    public CorrectPointsEntryCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(entryId, "entryId");
    }
}
