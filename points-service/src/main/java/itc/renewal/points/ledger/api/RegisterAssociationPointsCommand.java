package itc.renewal.points.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The association registers one activity in a member's ledger (operator import, P2): association-run
 * training is allowed here. The entry id is derived from the imported row, so sending the same
 * command again registers nothing (re-importing a file changes nothing).
 *
 * @param points the points, for a point-based category; {@code null} when hours are given
 * @param hours  the hours, for an hour-based category; {@code null} when points are given
 */
public record RegisterAssociationPointsCommand(
        @TargetAggregateIdentifier String memberId,
        String entryId,
        LocalDate activityDate,
        String category,
        String title,
        BigDecimal points,
        BigDecimal hours) {

    public RegisterAssociationPointsCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(entryId, "entryId");
    }
}
