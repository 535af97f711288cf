package itc.renewal.renewal.eligibility.domain;

import itc.renewal.platform.clock.FiscalYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.InMemoryCountedPoints;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule P5 with totals that go down as well as up (P3): the later ledger position wins, whoever reports it. */
class ConsistentCountedPointsTest {

    private static final String MEMBER = "M0000001";
    private static final FiscalYear FY2026 = FiscalYear.of(2026);

    private final InMemoryCountedPoints projection = new InMemoryCountedPoints();
    private final List<String> asked = new ArrayList<>();

    private ConsistentCountedPoints with(Optional<CountedPointsReported> ledger) {
        return new ConsistentCountedPoints(projection, (member, year) -> {
            asked.add(member + "/" + year.year());
            return ledger;
        });
    }

    private static Optional<CountedPointsReported> ledger(String total, Long sequence) {
        return Optional.of(new CountedPointsReported(MEMBER, 2026, new BigDecimal(total), APRIL_10, sequence));
    }

    @Test
    void p5_withdrawalSeenByTheLedgerBeatsAStaleProjection() {
        projection.with(MEMBER, FY2026, "10", 3);

        assertThat(with(ledger("8", 4L)).of(MEMBER, FY2026)).isEqualByComparingTo("8");
        assertThat(projection.find(MEMBER, FY2026)).isEqualTo(new LedgerTotal(new BigDecimal("8"), 4L));
    }

    @Test
    void p5_registrationSeenByTheLedgerBeatsALaggingProjection() {
        projection.with(MEMBER, FY2026, "9", 3);

        assertThat(with(ledger("10", 4L)).of(MEMBER, FY2026)).isEqualByComparingTo("10");
    }

    /** A projected "sufficient" is no longer trusted on its own: the ledger is asked anyway. */
    @Test
    void p5_pointsServiceIsAskedEvenWhenTheProjectionSaysSufficient() {
        projection.with(MEMBER, FY2026, "12", 3);

        assertThat(with(ledger("6", 5L)).of(MEMBER, FY2026)).isEqualByComparingTo("6");
        assertThat(asked).containsExactly(MEMBER + "/2026");
    }

    @Test
    void p5_projectionNewerThanTheLedgerAnswerWins() {
        projection.with(MEMBER, FY2026, "7", 6);

        assertThat(with(ledger("10", 5L)).of(MEMBER, FY2026)).isEqualByComparingTo("7");
        assertThat(projection.find(MEMBER, FY2026)).isEqualTo(new LedgerTotal(new BigDecimal("7"), 6L));
    }

    @Test
    void p5_projectionUsedWhenPointsServiceIsDown() {
        projection.with(MEMBER, FY2026, "10", 3);

        assertThat(with(Optional.empty()).of(MEMBER, FY2026)).isEqualByComparingTo("10");
    }

    @Test
    void p5_ledgerAnswersForAMemberTheProjectionNeverHeardOf() {
        assertThat(with(ledger("10", 0L)).of(MEMBER, FY2026)).isEqualByComparingTo("10");
        assertThat(projection.find(MEMBER, FY2026).ledgerSequence()).isZero();
    }

    @Test
    void p5_anUnsequencedLedgerAnswerCannotBeatASequencedProjection() {
        projection.with(MEMBER, FY2026, "10", 3);

        assertThat(with(ledger("4", null)).of(MEMBER, FY2026)).isEqualByComparingTo("10");
    }

    @Test
    void p5_anUnsequencedLedgerAnswerIsNotRecorded() {
        assertThat(with(ledger("4", null)).of(MEMBER, FY2026)).isEqualByComparingTo("4");
        assertThat(projection.find(MEMBER, FY2026)).isEqualTo(LedgerTotal.NONE);
    }
}
