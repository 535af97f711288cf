package itc.renewal.renewal.renewal.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A holder applied for the renewal of {@code fiscalYear}; {@code feeAmount} is 0 when waived (Q4). */
public record RenewalAppliedEvent(String renewalId, String memberId, int fiscalYear, BigDecimal feeAmount,
                                  boolean feeWaived, String termsVersion, Instant appliedAt) {
}
