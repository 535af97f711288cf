package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param rawTotal     sum of all entries' points
 * @param countedTotal the total that counts for renewal, caps applied (rule P2)
 */
public record FiscalYearPointsView(String memberId, int fiscalYear, List<PointsEntryView> entries,
                                   BigDecimal rawTotal, BigDecimal countedTotal) {

    public FiscalYearPointsView {
        entries = List.copyOf(entries);
    }
}
