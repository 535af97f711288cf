package itc.renewal.report.submission.api;

import java.time.Instant;

/**
 * The renewal lapsed before the report was submitted (rules Q5, Q6, C3): it can no longer be
 * submitted. Arriving before the report was opened (RenewalApplied still to come), it closes the
 * report in advance: a RenewalApplied delivered later opens nothing.
 */
public record ActivityReportClosedEvent(String renewalId, String memberId, int fiscalYear, Instant lapsedAt) {
}
