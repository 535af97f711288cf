package itc.renewal.report.report.api;

/** The report of a renewal became answerable: the renewal was applied (rule R1). */
public record ActivityReportOpenedEvent(String renewalId, String memberId, int fiscalYear) {
}
