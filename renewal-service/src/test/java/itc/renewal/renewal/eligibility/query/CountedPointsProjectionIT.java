package itc.renewal.renewal.eligibility.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platformtest.TestInfrastructure;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import itc.renewal.renewal.eligibility.domain.LedgerTotal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which report of a member's counted points wins (Q3), against real PostgreSQL with the service's
 * migrations. Each test uses its own member.
 */
class CountedPointsProjectionIT {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final Instant DEMO_START = Instant.parse("2027-04-10T01:00:00Z");
    private static CountedPointsProjection projection;

    @BeforeAll
    static void database() {
        DataSource dataSource = TestInfrastructure.newMigratedDatabase("renewal-service");
        projection = new CountedPointsProjection(new JdbcTemplate(dataSource));
    }

    private static void report(String member, String total, Instant occurredAt, Long ledgerSequence) {
        projection.record(new CountedPointsReported(member, 2026, new BigDecimal(total), occurredAt, ledgerSequence));
    }

    private static BigDecimal counted(String member) {
        return projection.of(member, FY2026);
    }

    @Test
    void q3_aMemberNobodyReportedHasZero() {
        assertThat(counted("M0000100")).isEqualByComparingTo("0");
    }

    @Test
    void q3_keepsTheTotalOfTheHighestLedgerSequence() {
        report("M0000101", "4", DEMO_START, 3L);
        report("M0000101", "10", DEMO_START.plusSeconds(60), 5L);
        report("M0000101", "7", DEMO_START.plusSeconds(30), 4L);

        assertThat(counted("M0000101")).isEqualByComparingTo("10");
    }

    /** The demo clock restarted from the same demo date: business time went back, the ledger did not. */
    @Test
    void q3_aLaterSequenceWinsEvenWithAnEarlierOccurredAt() {
        report("M0000102", "6", DEMO_START.plusSeconds(3600), 7L);
        report("M0000102", "12", DEMO_START, 8L);
        report("M0000102", "2", DEMO_START.plusSeconds(7200), 6L);

        assertThat(counted("M0000102")).isEqualByComparingTo("12");
    }

    @Test
    void q3_theFirstSequenceCountsFromZero() {
        report("M0000103", "2.5", DEMO_START, 0L);

        assertThat(counted("M0000103")).isEqualByComparingTo("2.5");
    }

    @Test
    void q3_anUnsequencedReportNeverReplacesASequencedOne() {
        report("M0000104", "10", DEMO_START, 2L);
        report("M0000104", "3", DEMO_START.plusSeconds(3600), null);

        assertThat(counted("M0000104")).isEqualByComparingTo("10");
    }

    @Test
    void q3_aSequencedReportReplacesAnUnsequencedOne() {
        report("M0000105", "3", DEMO_START.plusSeconds(3600), null);
        report("M0000105", "10", DEMO_START, 2L);

        assertThat(counted("M0000105")).isEqualByComparingTo("10");
    }

    @Test
    void q3_unsequencedReportsAreOrderedByOccurredAtAsBefore() {
        report("M0000106", "5", DEMO_START, null);
        report("M0000106", "8", DEMO_START.plusSeconds(60), null);
        report("M0000106", "1", DEMO_START.minusSeconds(60), null);

        assertThat(counted("M0000106")).isEqualByComparingTo("8");
    }

    @Test
    void q3_fiscalYearsAreKeptApart() {
        report("M0000107", "10", DEMO_START, 1L);
        projection.record(new CountedPointsReported("M0000107", 2025, new BigDecimal("3"), DEMO_START, 2L));

        assertThat(counted("M0000107")).isEqualByComparingTo("10");
        assertThat(projection.of("M0000107", FiscalYear.of(2025))).isEqualByComparingTo("3");
    }

    /** A correction or withdrawal (P3) reports a lower total at a later sequence: it replaces the higher one. */
    @Test
    void p3_aLowerTotalOfALaterSequenceReplacesTheHigherOne() {
        report("M0000108", "12", DEMO_START, 4L);
        report("M0000108", "9.5", DEMO_START, 5L);
        report("M0000108", "12", DEMO_START.plusSeconds(60), 4L);

        assertThat(counted("M0000108")).isEqualByComparingTo("9.5");
    }

    @Test
    void p5_findGivesTheTotalWithItsLedgerSequence() {
        report("M0000109", "10", DEMO_START, 6L);

        assertThat(projection.find("M0000109", FY2026)).isEqualTo(new LedgerTotal(new BigDecimal("10.0"), 6L));
        assertThat(projection.find("M0000110", FY2026)).isEqualTo(LedgerTotal.NONE);
    }
}
