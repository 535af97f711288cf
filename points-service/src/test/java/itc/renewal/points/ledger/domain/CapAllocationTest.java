package itc.renewal.points.ledger.domain;

import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one allocation rule of caps (P2) that corrections and withdrawals (P3) rely on. */
class CapAllocationTest {

    private static final BigDecimal SIX = new BigDecimal("6.0");

    @Test
    void p2_eachEntryCountsWhatItsCapLeavesInRegistrationOrder() {
        CapAllocation allocation = new CapAllocation(List.of(
                entry("a", "SELF_STUDY", "4.0", SIX), entry("b", "CASE_PRESENTATION", "3.0", null),
                entry("c", "SELF_STUDY", "4.0", SIX), entry("d", "SELF_STUDY", "1.0", SIX)));

        assertThat(allocation.countedOf("a")).isEqualTo("4.0");
        assertThat(allocation.countedOf("c")).isEqualTo("2.0");
        assertThat(allocation.countedOf("d")).isEqualTo("0.0");
        assertThat(allocation.countedIn("SELF_STUDY")).isEqualTo("6.0");
        assertThat(allocation.total()).isEqualTo("9.0");
    }

    @Test
    void p2_pointsOnceCountedStayCountedWhenALaterEntryHasALowerCap() {
        CapAllocation allocation = new CapAllocation(List.of(
                entry("a", "SELF_STUDY", "6.0", SIX), entry("b", "SELF_STUDY", "1.0", new BigDecimal("4.0"))));

        assertThat(allocation.countedOf("a")).isEqualTo("6.0");
        assertThat(allocation.countedOf("b")).isEqualTo("0.0");
        assertThat(allocation.total()).isEqualTo("6.0");
    }

    @Test
    void p3_withoutAWithdrawnEntryALaterEntryCountsWithinItsOwnCap() {
        CapAllocation allocation = new CapAllocation(List.of(
                entry("b", "SELF_STUDY", "2.0", SIX), entry("c", "SELF_STUDY", "5.0", new BigDecimal("4.0"))));

        assertThat(allocation.countedOf("c")).isEqualTo("2.0");
        assertThat(allocation.total()).isEqualTo("4.0");
    }

    @Test
    void p2_anEmptyYearCountsNothing() {
        CapAllocation allocation = new CapAllocation(List.of());

        assertThat(allocation.total()).isEqualTo("0.0");
        assertThat(allocation.countedIn("SELF_STUDY")).isEqualTo("0.0");
        assertThat(allocation.countedOf("x")).isEqualTo("0.0");
    }

    @Test
    void p2_legacyRegistrationsAllocateToExactlyTheTotalsTheyRecorded() {
        // Recorded before entries carried their cap: 7.0 of self-study counted 6.0, then 1.0 more counted nothing.
        PointsRegisteredEvent first = legacy("a", "7.0", "6.0");
        CapAllocation.Entry a = new CapAllocation.Entry("a", "SELF_STUDY", first.points(),
                first.allocationCap(() -> new CapAllocation(List.of())));
        PointsRegisteredEvent second = legacy("b", "1.0", "6.0");
        CapAllocation.Entry b = new CapAllocation.Entry("b", "SELF_STUDY", second.points(),
                second.allocationCap(() -> new CapAllocation(List.of(a))));

        assertThat(a.cap()).isEqualTo("6.0");
        assertThat(new CapAllocation(List.of(a, b)).total()).isEqualTo("6.0");
    }

    private static PointsRegisteredEvent legacy(String entryId, String points, String countedTotal) {
        return new PointsRegisteredEvent("M0000001", entryId, LocalDate.of(2026, 10, 1), 2026,
                "SELF_STUDY", "読書", new BigDecimal(points), new BigDecimal(countedTotal), null, null, null, null,
                false);
    }

    private static CapAllocation.Entry entry(String id, String category, String points, BigDecimal cap) {
        return new CapAllocation.Entry(id, category, new BigDecimal(points), cap);
    }
}
