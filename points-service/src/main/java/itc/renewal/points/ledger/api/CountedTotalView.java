package itc.renewal.points.ledger.api;

import java.math.BigDecimal;

/**
 * A member's counted total (caps applied) of one fiscal year read from the ledger itself (rule P5).
 * {@code ledgerSequence} is the position of the ledger's last event (the same sequence PointsRegistered
 * carries), {@code null} for a member without a ledger.
 */
public record CountedTotalView(String memberId, int fiscalYear, BigDecimal countedTotal, Long ledgerSequence) {
}
