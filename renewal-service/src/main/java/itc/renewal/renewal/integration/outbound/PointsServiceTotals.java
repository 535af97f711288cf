package itc.renewal.renewal.integration.outbound;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import itc.renewal.renewal.eligibility.api.PointsTotals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP adapter of {@link PointsTotals}: GET /internal/points/{memberId}/counted-total on points-service.
 * Short timeouts because a member waits on it; any failure is logged and answered with empty, so the
 * eligibility check falls back to the projection instead of failing the request.
 */
@Component
class PointsServiceTotals implements PointsTotals {

    private static final Logger LOG = LoggerFactory.getLogger(PointsServiceTotals.class);
    // P5 promises visibility within 1 s: wait that long for an answer before using the projection.
    static final Duration TIMEOUT = Duration.ofMillis(1000);

    private final RestClient client;
    private final BusinessClock clock;

    PointsServiceTotals(@Value("${renewal.points-service-url}") String baseUrl, BusinessClock clock) {
        this.client = PointsServiceClient.create(baseUrl, TIMEOUT);
        this.clock = clock;
    }

    @Override
    public Optional<CountedPointsReported> countedTotal(String memberId, FiscalYear year) {
        try {
            CountedTotal total = client.get()
                    .uri("/internal/points/{memberId}/counted-total?fiscalYear={fy}", memberId, year.year())
                    .retrieve().body(CountedTotal.class);
            if (total == null || total.countedTotal() == null) {
                return Optional.empty();
            }
            return Optional.of(new CountedPointsReported(memberId, year.year(), total.countedTotal(), clock.instant(),
                    total.ledgerSequence()));
        } catch (RestClientException e) {
            LOG.warn("points-service did not answer the counted total of {} FY{}; using the projection: {}",
                    memberId, year.year(), e.toString());
            return Optional.empty();
        }
    }

    /** points-service's answer; unknown fields are ignored. */
    record CountedTotal(String memberId, int fiscalYear, BigDecimal countedTotal, Long ledgerSequence) {
    }
}
