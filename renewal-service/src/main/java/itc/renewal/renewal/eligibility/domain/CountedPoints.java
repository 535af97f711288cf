package itc.renewal.renewal.eligibility.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.math.BigDecimal;

/**
 * The counted practice points per member and fiscal year, as points-service last reported them
 * (rule Q3 reads it). A member nobody reported has 0.
 */
public interface CountedPoints {

    /** The total with the ledger sequence of the report it came from; {@link LedgerTotal#NONE} if none. */
    LedgerTotal find(String memberId, FiscalYear year);

    default BigDecimal of(String memberId, FiscalYear year) {
        return find(memberId, year).countedTotal();
    }

    void record(CountedPointsReported report);
}
