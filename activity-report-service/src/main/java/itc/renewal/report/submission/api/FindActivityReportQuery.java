package itc.renewal.report.submission.api;

/** The report of one member for one fiscal year, answered with an {@link ActivityReportView}. */
public record FindActivityReportQuery(String memberId, int fiscalYear) {
}
