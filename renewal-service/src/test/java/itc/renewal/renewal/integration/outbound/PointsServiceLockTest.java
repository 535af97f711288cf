package itc.renewal.renewal.integration.outbound;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platformtest.PointsServiceStub;
import itc.renewal.platformtest.TestIdentity;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import itc.renewal.renewal.eligibility.domain.FiscalYearLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules P4, A1: the client's lock of a counted year, against points-service's stub on a loopback port. */
class PointsServiceLockTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final String LOCKED = """
            {"memberId":"M0000001","fiscalYear":2026,"countedTotal":10.0,"ledgerSequence":7,"locked":true}""";
    /** Short, so that a test of a timeout is quick; the client's own is 3 s. */
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final PointsServiceStub pointsService = PointsServiceStub.start();

    @AfterEach
    void stop() {
        pointsService.close();
    }

    private Optional<FiscalYearLock> lock(String url) {
        return new PointsServiceClient(url, clockAt(APRIL_10), TestIdentity.signerFor("renewal-service"), TIMEOUT,
                TIMEOUT)
                .lock("M0000001", FY2026, FiscalYear.of(2027), BigDecimal.TEN);
    }

    private Optional<FiscalYearLock> lock() {
        return lock(pointsService.url());
    }

    @Test
    void p4_locksTheCountedYearAndReadsTheAnswer() {
        pointsService.answering(200, LOCKED);

        assertThat(lock()).contains(new FiscalYearLock(new CountedPointsReported("M0000001", 2026,
                new BigDecimal("10.0"), APRIL_10, 7L), true));
        assertThat(pointsService.requests()).containsExactly("POST /internal/points/M0000001/fiscal-year-locks "
                + "{\"fiscalYear\":2026,\"renewalFiscalYear\":2027,\"requiredPoints\":10}");
    }

    @Test
    void p4_aYearBelowTheRequirementIsAnswerNotFailure() {
        pointsService.has("M0000001", 2026, "9.5", 4);

        assertThat(lock()).hasValueSatisfying(answer -> {
            assertThat(answer.locked()).isFalse();
            assertThat(answer.counted().countedTotal()).isEqualByComparingTo("9.5");
            assertThat(answer.counted().ledgerSequence()).isEqualTo(4L);
        });
    }

    @Test
    void p4_aMemberWithoutLedgerHasNothingToLock() {
        assertThat(lock()).hasValueSatisfying(answer -> {
            assertThat(answer.locked()).isFalse();
            assertThat(answer.counted().countedTotal()).isEqualByComparingTo("0");
            assertThat(answer.counted().ledgerSequence()).isNull();
        });
    }

    /** The lock is idempotent, so a request whose answer was lost is simply sent again. */
    @Test
    void a1_triesOnceMoreAfterATimeout() {
        pointsService.answering(200, LOCKED).hangingFor(1);

        assertThat(lock()).hasValueSatisfying(answer -> assertThat(answer.locked()).isTrue());
        assertThat(pointsService.requests()).hasSize(2);
    }

    @Test
    void a1_answersNothingAfterTwoTimeouts() {
        pointsService.answering(200, LOCKED).hangingFor(2);
        long started = System.nanoTime();

        assertThat(lock()).isEmpty();
        assertThat(pointsService.requests()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a1_answersNothingOnAnErrorStatusWithoutTryingAgain() {
        pointsService.answering(500, "{}");

        assertThat(lock()).isEmpty();
        assertThat(pointsService.requests()).hasSize(1);
    }

    @Test
    void a1_answersNothingWithoutADecision() {
        pointsService.answering(200, "{\"memberId\":\"M0000001\",\"countedTotal\":10.0}");

        assertThat(lock()).isEmpty();
    }

    @Test
    void a1_answersNothingWhenPointsServiceIsUnreachable() {
        assertThat(lock(PointsServiceStub.unreachableUrl())).isEmpty();
    }
}
