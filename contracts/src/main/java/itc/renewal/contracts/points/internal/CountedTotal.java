package itc.renewal.contracts.points.internal;

import java.math.BigDecimal;

/**
 * A member's counted total (caps applied, rule P2) of one fiscal year, read from the ledger itself: consistent the
 * moment a registration returned (P5).
 *
 * @param countedTotal   points, in half-point steps
 * @param ledgerSequence position of the ledger's last event (as {@code PointsRegistered.ledgerSequence} carries
 *                       it); null for a member without a ledger. Of two answers the later position wins.
 */
public record CountedTotal(String memberId, Integer fiscalYear, BigDecimal countedTotal, Long ledgerSequence) {
}
