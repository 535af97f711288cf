package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param entries      in activity-date order, each with its counted points and whether it was capped
 * @param categories   subtotal, cap and counted subtotal per category
 * @param rawTotal     sum of all entries' points
 * @param countedTotal the total that counts for renewal, caps applied (rule P2)
 */
public record FiscalYearPointsView(String memberId, int fiscalYear, List<PointsEntryView> entries,
                                   List<CategorySubtotalView> categories, BigDecimal rawTotal,
                                   BigDecimal countedTotal) {

    public FiscalYearPointsView {
        entries = List.copyOf(entries);
        categories = List.copyOf(categories);
    }
}
