package itc.renewal.renewal.integration.outbound;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import itc.renewal.renewal.eligibility.api.FiscalYearLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules P4, A1: the HTTP adapter of points-service's lock of a counted year, against a tiny local HTTP server. */
class PointsServiceLockTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final String LOCKED = """
            {"memberId":"M0000001","fiscalYear":2026,"countedTotal":10.0,"ledgerSequence":7,"locked":true}""";
    /** Short, so that a test of a timeout is quick; the adapter's own is 3 s. */
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private StubPointsService pointsService;

    @AfterEach
    void stop() {
        if (pointsService != null) {
            pointsService.close();
        }
    }

    /** Answers {@code status} and {@code body}; the first {@code hanging} requests wait past the timeout. */
    private PointsServiceLock serve(int status, String body, int hanging) {
        pointsService = StubPointsService.answering(status, body, hanging);
        return new PointsServiceLock(pointsService.url(), clockAt(APRIL_10), TIMEOUT);
    }

    private List<String> requests() {
        return pointsService.requests();
    }

    private static Optional<FiscalYearLock> lock(PointsServiceLock adapter) {
        return adapter.lock("M0000001", FY2026, FiscalYear.of(2027), BigDecimal.TEN);
    }

    @Test
    void p4_locksTheCountedYearAndReadsTheAnswer() {
        Optional<FiscalYearLock> lock = lock(serve(200, LOCKED, 0));

        assertThat(lock).contains(new FiscalYearLock(new CountedPointsReported("M0000001", 2026,
                new BigDecimal("10.0"), APRIL_10, 7L), true));
        assertThat(requests()).containsExactly("POST /internal/points/M0000001/fiscal-year-locks "
                + "{\"fiscalYear\":2026,\"renewalFiscalYear\":2027,\"requiredPoints\":10}");
    }

    @Test
    void p4_aYearBelowTheRequirementIsAnswerNotFailure() {
        Optional<FiscalYearLock> lock = lock(serve(200, """
                {"memberId":"M0000001","fiscalYear":2026,"countedTotal":0,"ledgerSequence":null,"locked":false}""",
                0));

        assertThat(lock).hasValueSatisfying(answer -> {
            assertThat(answer.locked()).isFalse();
            assertThat(answer.counted().countedTotal()).isEqualByComparingTo("0");
            assertThat(answer.counted().ledgerSequence()).isNull();
        });
    }

    /** The lock is idempotent, so a request whose answer was lost is simply sent again. */
    @Test
    void a1_triesOnceMoreAfterATimeout() {
        Optional<FiscalYearLock> lock = lock(serve(200, LOCKED, 1));

        assertThat(lock).hasValueSatisfying(answer -> assertThat(answer.locked()).isTrue());
        assertThat(requests()).hasSize(2);
    }

    @Test
    void a1_answersNothingAfterTwoTimeouts() {
        long started = System.nanoTime();

        assertThat(lock(serve(200, LOCKED, 2))).isEmpty();
        assertThat(requests()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void a1_answersNothingOnAnErrorStatusWithoutTryingAgain() {
        assertThat(lock(serve(500, "{}", 0))).isEmpty();
        assertThat(requests()).hasSize(1);
    }

    @Test
    void a1_answersNothingWhenPointsServiceIsUnreachable() throws IOException {
        assertThat(lock(new PointsServiceLock(StubPointsService.unreachableUrl(), clockAt(APRIL_10), TIMEOUT)))
                .isEmpty();
    }
}
