package itc.renewal.renewal.renewal.api;

import java.time.Instant;
import java.time.LocalDate;

/** Applied, fee paid or waived, report submitted (C1); {@code newExpiry} follows Q2. */
public record RenewalCompletedEvent(String renewalId, String memberId, int fiscalYear, LocalDate newExpiry,
                                    Instant completedAt) {
}
