package itc.renewal.report.submission.api;

import itc.renewal.report.submission.domain.Answers;

import java.time.Instant;

/**
 * The member submitted the report (rules R2, R3). The answers stay inside this service: the
 * integration event {@code ReportSubmitted} carries none.
 * TODO(#3): answers are personal data (rule R4); encrypt them with a per-member key before they
 * reach the event store, so that deleting the key erases them (crypto-shredding).
 */
public record ActivityReportSubmittedEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        String questionnaireVersion,
        Instant submittedAt,
        Answers answers) {
}
