package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param entries      the active entries in activity-date order, each with its counted points and whether it
 *                     was capped; withdrawn entries are not listed (P3)
 * @param categories   subtotal, cap and counted subtotal per category
 * @param rawTotal     sum of all entries' points
 * @param countedTotal the total that counts for renewal, caps applied (rule P2)
 * @param locked       whether the member's renewal of the next year was applied, so that the year's entries
 *                     can no longer be registered, corrected or withdrawn by the member (rule P4)
 */
public record FiscalYearPointsView(String memberId, int fiscalYear, List<PointsEntryView> entries,
                                   List<CategorySubtotalView> categories, BigDecimal rawTotal,
                                   BigDecimal countedTotal, boolean locked) {

    public FiscalYearPointsView {
        entries = List.copyOf(entries);
        categories = List.copyOf(categories);
    }
}
