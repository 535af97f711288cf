package itc.renewal.report.submission.api;

/** The aggregated answers of every report submitted for {@code fiscalYear} (rule R4: operators see only these). */
public record SummarizeReportsQuery(int fiscalYear) {
}
