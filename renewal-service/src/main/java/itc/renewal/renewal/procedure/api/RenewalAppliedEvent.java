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
 * Revision 2 added {@code countedPoints} and {@code ledgerSequence}; revision 1 events (stored without a
 * revision) read them as null. No upcaster: what the projection held then cannot be told from the event.
 */
@Revision("2")
public record RenewalAppliedEvent(String renewalId, String memberId, int fiscalYear, BigDecimal feeAmount,
                                  boolean feeWaived, String termsVersion, Instant appliedAt,
                                  BigDecimal countedPoints, Long ledgerSequence) {
}
