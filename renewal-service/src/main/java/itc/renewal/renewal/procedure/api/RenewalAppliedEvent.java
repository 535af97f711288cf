package itc.renewal.renewal.procedure.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A holder applied for the renewal of {@code fiscalYear}; {@code feeAmount} is 0 when waived (Q4).
 * {@code countedPoints} is the counted total of FY−1 (Q3) the application was granted on, as points-service
 * answered when it locked that year (P4), and {@code ledgerSequence} the position in the member's point ledger it
 * reflects (null for a member without a ledger); both are kept for audit.
 * <p>
 * {@code windowClosesAt} is when the window closed as the settings stood at the application (Q5): the fee is due by
 * then (F3, the invoice's due date).
 * <p>
 * Revision 2 added {@code countedPoints} and {@code ledgerSequence}; revision 1 events (stored without a
 * revision) read them as null. Revision 3 added {@code windowClosesAt}; older events read it as null. No upcaster:
 * what the settings were then cannot be told from the event.
 */
@Revision("3")
public record RenewalAppliedEvent(String renewalId, String memberId, int fiscalYear, BigDecimal feeAmount,
                                  boolean feeWaived, String termsVersion, Instant appliedAt,
                                  BigDecimal countedPoints, Long ledgerSequence,
                                  Instant windowClosesAt) {
}
