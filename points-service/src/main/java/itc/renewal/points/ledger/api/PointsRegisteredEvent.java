package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An entry was added to a member's ledger, with the category rules that were applied to it. The
 * catalogue may change later; this event keeps what counted when it was recorded.
 *
 * @param fiscalYear             fiscal year of {@code activityDate} (rule D1), for which the points count
 * @param points                 the entry's points, one decimal (half-point steps); for an hour-based
 *                               category the converted hours, rounded down to the half point (P2)
 * @param fiscalYearCountedTotal the member's total for {@code fiscalYear} after this entry, caps applied (rule P2)
 * @param note                   optional free text, {@code null} when absent
 * @param hours                  the hours entered for an hour-based category; {@code null} for points
 * @param countedPoints          the part of {@code points} that counts under the category cap; {@code null}
 *                               in events recorded before the catalogue became data (see {@link #countedPoints(BigDecimal)})
 * @param categoryCap            the category's cap per fiscal year applied; {@code null} if uncapped (or not recorded)
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
        String note,
        BigDecimal hours,
        BigDecimal countedPoints,
        BigDecimal categoryCap) {

    /**
     * The counted part of this entry. Events recorded before entries carried it are exact too: the
     * year's counted total grew by exactly this entry's counted part.
     */
    public BigDecimal countedPoints(BigDecimal fiscalYearCountedTotalBefore) {
        return countedPoints != null ? countedPoints : fiscalYearCountedTotal.subtract(fiscalYearCountedTotalBefore);
    }
}
