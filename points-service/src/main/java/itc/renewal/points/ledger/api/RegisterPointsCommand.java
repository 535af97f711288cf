package itc.renewal.points.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A member registers one activity in their own ledger (rule P1). The values are checked by the
 * ledger (rule P6), not here, so that every refusal carries its specific message.
 *
 * @param note optional free text; {@code null} when absent
 */
public record RegisterPointsCommand(
        @TargetAggregateIdentifier String memberId,
        String entryId,
        LocalDate activityDate,
        String category,
        String title,
        BigDecimal points,
        String note) {

    public RegisterPointsCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(entryId, "entryId");
    }
}
