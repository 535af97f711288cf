package itc.renewal.points.ledger.api;

import java.util.Objects;

/** A member's entries and totals for one fiscal year. */
public record FindFiscalYearPointsQuery(String memberId, int fiscalYear) {

    public FindFiscalYearPointsQuery {
        Objects.requireNonNull(memberId, "memberId");
    }
}
