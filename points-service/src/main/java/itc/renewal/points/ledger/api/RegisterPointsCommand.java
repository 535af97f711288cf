package itc.renewal.points.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member registers one activity in their own ledger (rule P1): either {@code points} or, for an
 * hour-based category, {@code hours}. The values are checked by the ledger (rule P6), not here, so
 * that every refusal carries its specific message.
 *
 * @param points the points, for a point-based category; {@code null} when hours are given
 * @param hours  the hours, for an hour-based category; {@code null} when points are given
 * @param note   optional free text; {@code null} when absent
 */
public record RegisterPointsCommand(
        @TargetAggregateIdentifier String memberId,
        String entryId,
        LocalDate activityDate,
        String category,
        String title,
        BigDecimal points,
        BigDecimal hours,
        String note) {

    public RegisterPointsCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(entryId, "entryId");
    }
}
