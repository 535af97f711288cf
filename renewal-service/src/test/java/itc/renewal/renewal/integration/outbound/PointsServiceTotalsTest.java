package itc.renewal.renewal.integration.outbound;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule P5: the HTTP adapter to points-service, against a tiny local HTTP server. */
class PointsServiceTotalsTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private final BusinessClock clock = clockAt(APRIL_10);
    private StubPointsService pointsService;

    @AfterEach
    void stop() {
        if (pointsService != null) {
            pointsService.close();
        }
    }

    private String serve(int status, String body, boolean hang) {
        pointsService = StubPointsService.answering(status, body, hang ? 1 : 0);
        return pointsService.url();
    }

    @Test
    void p5_readsTheConsistentCountedTotal() {
        String url = serve(200, """
                {"memberId":"M0000001","fiscalYear":2026,"countedTotal":10.0,"ledgerSequence":9}""", false);

        Optional<CountedPointsReported> total = new PointsServiceTotals(url, clock).countedTotal("M0000001", FY2026);

        assertThat(total).hasValueSatisfying(report -> {
            assertThat(report.countedTotal()).isEqualByComparingTo("10");
            assertThat(report.ledgerSequence()).isEqualTo(9L);
            assertThat(report.fiscalYear()).isEqualTo(2026);
        });
        assertThat(pointsService.requests())
                .containsExactly("GET /internal/points/M0000001/counted-total?fiscalYear=2026 ");
    }

    @Test
    void p5_answersNothingWhenPointsServiceIsSlow() {
        String url = serve(200, "{}", true);
        long started = System.nanoTime();

        Optional<CountedPointsReported> total = new PointsServiceTotals(url, clock).countedTotal("M0000001", FY2026);

        assertThat(total).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void p5_answersNothingWhenPointsServiceIsUnreachable() throws IOException {
        Optional<CountedPointsReported> total = new PointsServiceTotals(StubPointsService.unreachableUrl(), clock)
                .countedTotal("M0000001", FY2026);

        assertThat(total).isEmpty();
    }

    @Test
    void p5_answersNothingOnAnErrorStatus() {
        String url = serve(500, "{}", false);

        assertThat(new PointsServiceTotals(url, clock).countedTotal("M0000001", FY2026)).isEmpty();
    }
}
