package itc.renewal.renewal.integration.outbound;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platformtest.PointsServiceStub;
import itc.renewal.platformtest.TestIdentity;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule P5: the client's read of the consistent counted total, against points-service's stub. */
class PointsServiceTotalsTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final PointsServiceStub pointsService = PointsServiceStub.start().answersTotals(true);

    @AfterEach
    void stop() {
        pointsService.close();
    }

    private Optional<CountedPointsReported> total(String url) {
        return new PointsServiceClient(url, clockAt(APRIL_10), TestIdentity.signerFor("renewal-service"), TIMEOUT,
                TIMEOUT).countedTotal("M0000001", FY2026);
    }

    private Optional<CountedPointsReported> total() {
        return total(pointsService.url());
    }

    @Test
    void p5_readsTheConsistentCountedTotal() {
        pointsService.has("M0000001", 2026, "10.0", 9);

        assertThat(total()).hasValueSatisfying(report -> {
            assertThat(report.countedTotal()).isEqualByComparingTo("10");
            assertThat(report.ledgerSequence()).isEqualTo(9L);
            assertThat(report.fiscalYear()).isEqualTo(2026);
            assertThat(report.occurredAt()).isEqualTo(APRIL_10);
        });
        assertThat(pointsService.requests())
                .containsExactly("GET /internal/points/M0000001/counted-total?fiscalYear=2026 ");
    }

    @Test
    void p5_answersNothingWhenPointsServiceIsSlow() {
        pointsService.hangingFor(1);
        long started = System.nanoTime();

        assertThat(total()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void p5_answersNothingWhenPointsServiceIsUnreachable() {
        assertThat(total(PointsServiceStub.unreachableUrl())).isEmpty();
    }

    @Test
    void p5_answersNothingOnAnErrorStatus() {
        pointsService.down(true);

        assertThat(total()).isEmpty();
    }

    @Test
    void p5_answersNothingWithoutATotal() {
        pointsService.answering(200, "{\"memberId\":\"M0000001\",\"fiscalYear\":2026}");

        assertThat(total()).isEmpty();
    }
}
