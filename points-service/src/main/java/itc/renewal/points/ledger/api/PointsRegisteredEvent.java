package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entry was added to a member's ledger.
 *
 * @param fiscalYear             fiscal year of {@code activityDate} (rule D1), for which the points count
 * @param points                 the entry's points, one decimal (half-point steps)
 * @param fiscalYearCountedTotal the member's total for {@code fiscalYear} after this entry, caps applied (rule P2)
 * @param note                   optional free text, {@code null} when absent
 */
public record PointsRegisteredEvent(
        String memberId,
        String entryId,
        LocalDate activityDate,
        int fiscalYear,
        String category,
        String title,
        BigDecimal points,
        BigDecimal fiscalYearCountedTotal,
        String note) {
}
