package itc.renewal.points.ledger.command;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** What of one fiscal year already counts, per category and in total: enough to apply a cap to the next entry. */
final class FiscalYearTally {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(1);

    private final Map<String, BigDecimal> countedByCategory = new HashMap<>();
    private BigDecimal countedTotal = ZERO;

    BigDecimal countedIn(String category) {
        return countedByCategory.getOrDefault(category, ZERO);
    }

    BigDecimal countedTotal() {
        return countedTotal;
    }

    void add(String category, BigDecimal counted) {
        countedByCategory.merge(category, counted, BigDecimal::add);
        countedTotal = countedTotal.add(counted);
    }

    /** Value equality: Axon's fixture compares the state built by commands with the state rebuilt from events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalYearTally tally && tally.countedByCategory.equals(countedByCategory)
                && tally.countedTotal.equals(countedTotal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(countedByCategory, countedTotal);
    }
}
