package itc.renewal.report.submission.api;

/** The member's own report of one fiscal year, as {@code Optional<ReportState>}: empty before it was opened. */
public record FindActivityReportQuery(String memberId, int fiscalYear) {
}
