package itc.renewal.renewal.eligibility.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.math.BigDecimal;

/**
 * Rule P5 (read-your-writes): the counted points the A2 detail shows against Q3 (applying asks
 * {@link PointsLock} instead, which decides and locks in one step). The Kafka-fed projection may lag by about a second, and since members
 * correct and withdraw entries (P3) a total may have gone down as well as up: neither a projected
 * "sufficient" nor a projected "insufficient" can be trusted on its own. So points-service's ledger is
 * always asked; whichever of its answer and the projection reflects the later ledger sequence wins, and
 * the ledger's answer is recorded into the projection (its sequence guard keeps the newest). If
 * points-service cannot answer, the projection is all we have.
 */
public final class ConsistentCountedPoints {

    private final CountedPoints projection;
    private final PointsTotals pointsService;

    public ConsistentCountedPoints(CountedPoints projection, PointsTotals pointsService) {
        this.projection = projection;
        this.pointsService = pointsService;
    }

    public BigDecimal of(String memberId, FiscalYear year) {
        LedgerTotal projected = projection.find(memberId, year);
        return pointsService.countedTotal(memberId, year)
                .filter(ledger -> projected.isNotNewerThan(ledger.ledgerSequence()))
                .map(ledger -> {
                    if (ledger.ledgerSequence() != null) {
                        projection.record(ledger);
                    }
                    return ledger.countedTotal();
                })
                .orElse(projected.countedTotal());
    }
}
