package itc.renewal.contracts.points.internal;

import java.math.BigDecimal;

/**
 * Lock the counted year of a renewal (rule P4), sent by renewal-service before it records an application, e.g.
 * {@code {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":10}}. Idempotent: a year locked already
 * answers locked.
 *
 * @param fiscalYear        the counted year M−1
 * @param renewalFiscalYear the renewal's year M (= fiscalYear + 1)
 * @param requiredPoints    the counted points the renewal needs (Q3); the year is locked only if it has them
 */
public record FiscalYearLockRequest(Integer fiscalYear, Integer renewalFiscalYear, BigDecimal requiredPoints) {
}
