package itc.renewal.points.ledger.query;

import itc.renewal.points.ledger.api.CategorySubtotalView;
import itc.renewal.points.ledger.api.PointsEntryView;
import itc.renewal.points.ledger.domain.CapAllocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows the member which entries a cap cut (P2). The counted points per category are allocated as the
 * ledger allocates them ({@link CapAllocation}, registration order), so the list never disagrees with the
 * ledger's totals; they are then attributed to the entries in activity-date order, so the later activities
 * of a category are the capped ones, whatever order they were registered in.
 */
final class CappedBreakdown {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(1);

    private final List<PointsEntryView> entries = new ArrayList<>();
    private final List<CategorySubtotalView> categories = new ArrayList<>();

    /** @param recorded the fiscal year's active entries in activity-date order (ties in registration order) */
    CappedBreakdown(List<RecordedEntry> recorded) {
        Map<String, CategorySubtotalView> byCategory = subtotals(recorded);
        Map<String, BigDecimal> countable = new LinkedHashMap<>();
        byCategory.values().forEach(c -> countable.put(c.category(), c.countedSubtotal()));
        for (RecordedEntry entry : recorded) {
            BigDecimal left = countable.get(entry.category());
            BigDecimal counted = entry.points().min(left);
            countable.put(entry.category(), left.subtract(counted));
            entries.add(new PointsEntryView(entry.entryId(), entry.activityDate(), entry.category(), entry.title(),
                    entry.points(), entry.hours(), counted, counted.compareTo(entry.points()) < 0, entry.note(),
                    entry.registeredByAssociation()));
        }
        categories.addAll(byCategory.values());
    }

    private static Map<String, CategorySubtotalView> subtotals(List<RecordedEntry> recorded) {
        Map<String, CategorySubtotalView> byCategory = new LinkedHashMap<>();
        recorded.forEach(e -> byCategory.put(e.category(), new CategorySubtotalView(e.category(), ZERO, null, ZERO)));
        List<RecordedEntry> inRegistrationOrder = recorded.stream()
                .sorted(Comparator.comparingLong(RecordedEntry::ledgerSequence)).toList();
        CapAllocation allocation = new CapAllocation(inRegistrationOrder.stream().map(RecordedEntry::allocated).toList());
        // Registration order, so that the cap shown is the one recorded with the latest entry.
        for (RecordedEntry e : inRegistrationOrder) {
            CategorySubtotalView sum = byCategory.get(e.category());
            byCategory.put(e.category(), new CategorySubtotalView(e.category(), sum.subtotal().add(e.points()),
                    e.categoryCap(), allocation.countedIn(e.category())));
        }
        return byCategory;
    }

    List<PointsEntryView> entries() {
        return List.copyOf(entries);
    }

    List<CategorySubtotalView> categories() {
        return List.copyOf(categories);
    }
}
