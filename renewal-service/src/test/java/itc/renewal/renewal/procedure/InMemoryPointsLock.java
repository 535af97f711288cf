package itc.renewal.renewal.procedure;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import itc.renewal.renewal.eligibility.domain.FiscalYearLock;
import itc.renewal.renewal.eligibility.domain.LedgerTotal;
import itc.renewal.renewal.eligibility.domain.PointsLock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * points-service's lock (P4) in memory: it decides on its own ledger of counted totals (a member without one has
 * 0 and no ledger sequence), answers as of 10 April 2027, and remembers every request. Taken {@link #down()}, it
 * answers nothing, as when points-service is unreachable.
 */
public final class InMemoryPointsLock implements PointsLock {

    private final RenewalTestData.InMemoryCountedPoints ledger = new RenewalTestData.InMemoryCountedPoints();
    private final List<String> requests = new ArrayList<>();
    private boolean down;

    public InMemoryPointsLock with(String memberId, FiscalYear year, String countedTotal, long ledgerSequence) {
        ledger.with(memberId, year, countedTotal, ledgerSequence);
        return this;
    }

    public InMemoryPointsLock down() {
        down = true;
        return this;
    }

    /** Each request as "member counted-year→renewal-year ≥ required", e.g. "M0000001 2026→2027 ≥ 10". */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public Optional<FiscalYearLock> lock(String memberId, FiscalYear countedYear, FiscalYear renewalYear,
                                         BigDecimal requiredPoints) {
        requests.add(memberId + " " + countedYear.year() + "→" + renewalYear.year() + " ≥ "
                + requiredPoints.toPlainString());
        if (down) {
            return Optional.empty();
        }
        LedgerTotal total = ledger.find(memberId, countedYear);
        return Optional.of(new FiscalYearLock(new CountedPointsReported(memberId, countedYear.year(),
                total.countedTotal(), RenewalTestData.APRIL_10, total.ledgerSequence()),
                total.countedTotal().compareTo(requiredPoints) >= 0));
    }
}
