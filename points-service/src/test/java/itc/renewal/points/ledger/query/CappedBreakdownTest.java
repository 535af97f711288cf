package itc.renewal.points.ledger.query;

import itc.renewal.points.ledger.api.CategorySubtotalView;
import itc.renewal.points.ledger.api.PointsEntryView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class CappedBreakdownTest {

    private static final BigDecimal CAP = new BigDecimal("6.0");

    @Test
    void p2_capShownPerEntry() {
        // Registered out of order: the December entry first (fully counted then), the October one later (1.0 counted).
        List<RecordedEntry> inActivityDateOrder = List.of(
                entry("oct", "2026-10-01", "SELF_STUDY", "4.0", CAP, 3),
                entry("nov", "2026-11-01", "CASE_PRESENTATION", "2.0", null, 2),
                entry("dec", "2026-12-01", "SELF_STUDY", "5.0", CAP, 1),
                entry("jan", "2027-01-10", "SELF_STUDY", "1.0", CAP, 4));

        CappedBreakdown breakdown = new CappedBreakdown(inActivityDateOrder);

        assertThat(breakdown.entries()).extracting(PointsEntryView::entryId, PointsEntryView::countedPoints,
                        PointsEntryView::capped)
                .containsExactly(
                        tuple("oct", new BigDecimal("4.0"), false),
                        tuple("nov", new BigDecimal("2.0"), false),
                        tuple("dec", new BigDecimal("2.0"), true),
                        tuple("jan", new BigDecimal("0.0"), true));
        assertThat(breakdown.categories()).containsExactly(
                new CategorySubtotalView("SELF_STUDY", new BigDecimal("10.0"), CAP, new BigDecimal("6.0")),
                new CategorySubtotalView("CASE_PRESENTATION", new BigDecimal("2.0"), null, new BigDecimal("2.0")));
    }

    @Test
    void p2_capShownIsTheOneTheLatestRegistrationApplied() {
        List<RecordedEntry> recorded = List.of(
                entry("a", "2026-05-01", "SELF_STUDY", "6.0", CAP, 1),
                entry("b", "2026-06-01", "SELF_STUDY", "2.0", new BigDecimal("4.0"), 2));

        CappedBreakdown breakdown = new CappedBreakdown(recorded);

        assertThat(breakdown.categories()).containsExactly(new CategorySubtotalView("SELF_STUDY",
                new BigDecimal("8.0"), new BigDecimal("4.0"), new BigDecimal("6.0")));
        assertThat(breakdown.entries()).extracting(PointsEntryView::capped).containsExactly(false, true);
    }

    @Test
    void p3_countsWhatTheLedgerCountsAfterAWithdrawalFreedCapRoom() {
        // 5.0 (cap 6) was withdrawn: of the later entries, registered under caps 6 and 4, 4.0 now counts, as in the ledger.
        List<RecordedEntry> remaining = List.of(
                entry("b", "2026-06-01", "SELF_STUDY", "3.0", CAP, 2),
                entry("c", "2026-07-01", "SELF_STUDY", "3.0", new BigDecimal("4.0"), 3));

        CappedBreakdown breakdown = new CappedBreakdown(remaining);

        assertThat(breakdown.categories()).extracting(CategorySubtotalView::countedSubtotal)
                .containsExactly(new BigDecimal("4.0"));
        assertThat(breakdown.entries()).extracting(PointsEntryView::countedPoints)
                .containsExactly(new BigDecimal("3.0"), new BigDecimal("1.0"));
    }

    private static RecordedEntry entry(String id, String date, String category, String points, BigDecimal cap,
                                       long sequence) {
        return new RecordedEntry(id, LocalDate.parse(date), category, "研修", new BigDecimal(points), null, null, cap,
                sequence, false);
    }
}
