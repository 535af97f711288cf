package itc.renewal.renewal.eligibility.domain;

import java.util.Objects;

/**
 * points-service's answer to a {@link PointsLock} request: the counted total of the year with the ledger sequence
 * it reflects (null for a member without a ledger), and whether the year is locked now ({@code false}: below the
 * required points, nothing changed).
 */
public record FiscalYearLock(CountedPointsReported counted, boolean locked) {

    public FiscalYearLock {
        Objects.requireNonNull(counted, "counted");
    }
}
