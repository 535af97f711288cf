package itc.renewal.renewal.integration.inbound;

import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule P3 as renewal-service sees it: which counted totals a correction or withdrawal reports. */
class PointsTotalReportsTest {

    private static final Instant AT = Instant.parse("2027-04-10T01:00:00Z");
    private static final String MEMBER = "M0000001";

    private static PointsEntryCorrected corrected(int fromYear, String fromTotal, int toYear, String toTotal) {
        return new PointsEntryCorrected(UUID.randomUUID(), AT, MEMBER, "entry-1", LocalDate.of(toYear, 10, 1), toYear,
                "SELF_STUDY", new BigDecimal("2"), new BigDecimal(toTotal), fromYear, new BigDecimal(fromTotal), 7L);
    }

    @Test
    void p3_aCorrectionIntoAnotherFiscalYearReportsBothTotalsAtOneSequence() {
        assertThat(PointsTotalReports.of(corrected(2026, "8", 2027, "2"))).containsExactly(
                new CountedPointsReported(MEMBER, 2027, new BigDecimal("2"), AT, 7L),
                new CountedPointsReported(MEMBER, 2026, new BigDecimal("8"), AT, 7L));
    }

    @Test
    void p3_aCorrectionWithinOneFiscalYearReportsItOnce() {
        assertThat(PointsTotalReports.of(corrected(2026, "9.5", 2026, "9.5"))).containsExactly(
                new CountedPointsReported(MEMBER, 2026, new BigDecimal("9.5"), AT, 7L));
    }

    @Test
    void p3_aWithdrawalReportsTheLoweredTotal() {
        PointsEntryWithdrawn withdrawn = new PointsEntryWithdrawn(UUID.randomUUID(), AT, MEMBER, "entry-1", 2026,
                new BigDecimal("7.5"), 8L);

        assertThat(PointsTotalReports.of(withdrawn)).containsExactly(
                new CountedPointsReported(MEMBER, 2026, new BigDecimal("7.5"), AT, 8L));
    }
}
