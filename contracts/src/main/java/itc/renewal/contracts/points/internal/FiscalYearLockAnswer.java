package itc.renewal.contracts.points.internal;

import java.math.BigDecimal;

/**
 * points-service's answer to a {@link FiscalYearLockRequest}, always 200: too few points is an answer
 * ({@code locked:false}, nothing changed), not a failed call.
 *
 * @param countedTotal   the year's counted total when the answer was given
 * @param ledgerSequence the position of the ledger's last event after the request; null for a member without one
 * @param locked         whether the year is locked now (it was already, or its total reached the requirement)
 */
public record FiscalYearLockAnswer(String memberId, Integer fiscalYear, BigDecimal countedTotal, Long ledgerSequence,
                                   Boolean locked) {
}
