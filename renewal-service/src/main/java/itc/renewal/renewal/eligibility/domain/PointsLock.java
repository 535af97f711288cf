package itc.renewal.renewal.eligibility.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Port to points-service's lock of a member's counted fiscal year (rules P4, A1, Q3), asked synchronously when
 * a holder applies: points-service locks the entries of {@code countedYear} for the renewal of
 * {@code renewalYear} if, and only if, their counted total reaches {@code requiredPoints}, and answers the total
 * it decided on. Deciding and locking in one step leaves no gap in which an entry could be corrected or withdrawn
 * after the check. Idempotent: a year locked already is answered as locked, so an application may be retried.
 */
@FunctionalInterface
public interface PointsLock {

    /** Empty when points-service did not answer (down, slow, error): then nothing can be decided. */
    Optional<FiscalYearLock> lock(String memberId, FiscalYear countedYear, FiscalYear renewalYear,
                                  BigDecimal requiredPoints);
}
