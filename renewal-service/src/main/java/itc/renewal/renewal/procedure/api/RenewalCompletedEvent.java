package itc.renewal.renewal.procedure.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Applied, fee paid or waived, report submitted (C1); {@code newExpiry} follows Q2. {@code certificate}
 * is the holder's data at completion (C4), so that publishing the event later needs no live lookup.
 * <p>
 * Revision 2 added {@code certificate}; revision 1 events (stored without a revision) read it as null.
 * No upcaster: the data of the past cannot be reconstructed from the event itself.
 */
@Revision("2")
public record RenewalCompletedEvent(String renewalId, String memberId, int fiscalYear, LocalDate newExpiry,
                                    Instant completedAt, CertificateHolder certificate) {
}
