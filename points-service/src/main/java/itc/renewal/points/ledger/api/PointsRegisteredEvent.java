package itc.renewal.points.ledger.api;

import itc.renewal.points.ledger.domain.CapAllocation;
import itc.renewal.points.ledger.domain.CountedTotalChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An entry was added to a member's ledger, with the category rules that were applied to it. The
 * catalogue may change later; this event keeps what counted when it was recorded.
 *
 * @param fiscalYear              fiscal year of {@code activityDate} (rule D1), for which the points count
 * @param points                  the entry's points, one decimal (half-point steps); for an hour-based
 *                                category the converted hours, rounded down to the half point (P2)
 * @param fiscalYearCountedTotal  the member's total for {@code fiscalYear} after this entry, caps applied (rule P2)
 * @param note                    optional free text, {@code null} when absent
 * @param hours                   the hours entered for an hour-based category; {@code null} for points
 * @param countedPoints           the part of {@code points} that counted under the category cap when registered;
 *                                {@code null} in events recorded before the catalogue became data
 * @param categoryCap             the category's cap per fiscal year applied; {@code null} if uncapped (or not recorded)
 * @param registeredByAssociation whether the association registered the entry (operator import), which members
 *                                may not correct or withdraw (P3); absent (false) in events recorded before
 *                                corrections existed, which count as the member's own
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
        BigDecimal categoryCap,
        boolean registeredByAssociation) implements CountedTotalChange {

    @Override
    public Optional<BigDecimal> countedTotalFor(int year) {
        return year == fiscalYear ? Optional.of(fiscalYearCountedTotal) : Optional.empty();
    }

    /**
     * The cap to allocate this entry with ({@link CapAllocation}), given its fiscal year before it. Events
     * recorded before entries carried their cap are exact too: the year's total grew by exactly what the entry
     * counted, and an entry cut short was cut by a cap that the category had then reached. The year before is
     * asked for only for such old events, so that current ones cost no allocation (nor, on the read side, a query).
     */
    public BigDecimal allocationCap(Supplier<CapAllocation> fiscalYearBefore) {
        if (countedPoints != null) {
            return categoryCap;
        }
        CapAllocation before = fiscalYearBefore.get();
        BigDecimal counted = fiscalYearCountedTotal.subtract(before.total());
        return counted.compareTo(points) < 0 ? before.countedIn(category).add(counted) : null;
    }
}
