package itc.renewal.report.submission.api;

/** The report of a renewal became answerable: the renewal was applied (rule R1). */
public record ActivityReportOpenedEvent(String renewalId, String memberId, int fiscalYear) {
}
