package itc.renewal.points.ledger.api;

import java.math.BigDecimal;

/**
 * What the ledger answers to a {@link LockFiscalYearForRenewalCommand} (rules P4, P5).
 *
 * @param countedTotal   the fiscal year's counted total, caps applied (P2), when the answer was given
 * @param ledgerSequence the position of the ledger's last event after the command (as {@link CountedTotalView}
 *                       has it); {@code null} for a member without a ledger
 * @param locked         whether the year is locked now: it was already, or its total reached the required points;
 *                       {@code false} means nothing was changed
 */
public record FiscalYearLock(String memberId, int fiscalYear, BigDecimal countedTotal, Long ledgerSequence,
                             boolean locked) {

    /** A member who never registered anything: nothing counts, and no ledger is created for a refusal. */
    public static FiscalYearLock withoutLedger(String memberId, int fiscalYear) {
        return new FiscalYearLock(memberId, fiscalYear, BigDecimal.ZERO.setScale(1), null, false);
    }
}
