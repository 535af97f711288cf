package itc.renewal.renewal.eligibility.api;

import itc.renewal.platform.clock.FiscalYear;

import java.math.BigDecimal;
import java.util.function.Predicate;

/**
 * Rule P5 (read-your-writes): the counted points to check Q3 against. The Kafka-fed projection is fast but
 * may lag by about a second, so when it says "not enough" points-service is asked for the ledger's own
 * total; the higher one counts (a total only grows). That answer is recorded into the projection, so later
 * reads need no call. If points-service cannot answer, the projection is all we have.
 */
public final class ConsistentCountedPoints {

    private final CountedPoints projection;
    private final PointsTotals pointsService;

    public ConsistentCountedPoints(CountedPoints projection, PointsTotals pointsService) {
        this.projection = projection;
        this.pointsService = pointsService;
    }

    /** {@code sufficient} is the rule (Q3) itself; it decides whether the projection's answer can be trusted. */
    public BigDecimal of(String memberId, FiscalYear year, Predicate<BigDecimal> sufficient) {
        BigDecimal projected = projection.of(memberId, year);
        if (sufficient.test(projected)) {
            return projected;
        }
        return pointsService.countedTotal(memberId, year)
                .map(report -> {
                    if (report.ledgerSequence() != null) {
                        projection.record(report);
                    }
                    return report.countedTotal().max(projected);
                })
                .orElse(projected);
    }
}
