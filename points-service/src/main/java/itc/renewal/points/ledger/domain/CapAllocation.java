package itc.renewal.points.ledger.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a fiscal year's caps apply (rules P2, P3): the year's active entries are taken in registration
 * order, and each counts what its category's cap leaves: max(0, min(points, cap − already counted in the
 * category)), with the cap recorded with that entry ({@code null} = uncapped). Because every entry keeps
 * its own cap, points once counted stay counted when an operator lowers a cap later; a withdrawal frees cap
 * room for the entries after it. The ledger and the read side both use this class, so the list a member
 * sees can never disagree with the totals the ledger recorded.
 */
public final class CapAllocation {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(1);

    private final Map<String, BigDecimal> countedByEntry = new LinkedHashMap<>();
    private final Map<String, BigDecimal> countedByCategory = new HashMap<>();
    private BigDecimal total = ZERO;

    /** @param inRegistrationOrder the fiscal year's active entries, in the order they count */
    public CapAllocation(List<Entry> inRegistrationOrder) {
        for (Entry entry : inRegistrationOrder) {
            BigDecimal already = countedIn(entry.category());
            BigDecimal counted = entry.cap() == null ? entry.points()
                    : entry.points().min(entry.cap().subtract(already).max(BigDecimal.ZERO));
            counted = counted.setScale(1);
            countedByEntry.put(entry.entryId(), counted);
            countedByCategory.put(entry.category(), already.add(counted));
            total = total.add(counted);
        }
    }

    /** The fiscal year's counted total. */
    public BigDecimal total() {
        return total;
    }

    public BigDecimal countedIn(String category) {
        return countedByCategory.getOrDefault(category, ZERO);
    }

    public BigDecimal countedOf(String entryId) {
        return countedByEntry.getOrDefault(entryId, ZERO);
    }

    /**
     * One active entry as the allocation needs it.
     *
     * @param cap the category's cap per fiscal year recorded with the entry; {@code null} if uncapped
     */
    public record Entry(String entryId, String category, BigDecimal points, BigDecimal cap) {
    }
}
