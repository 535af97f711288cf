package itc.renewal.report.submission.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The state of one member's report, answers opened with the member's key (null when none or erased).
 *
 * @param questionnaireVersion the version the draft or submission answered; null before any answer
 */
public record ReportState(ActivityReportView.Status status, String questionnaireVersion, Instant submittedAt,
                          Instant draftSavedAt, Map<String, List<String>> answers, boolean answersErased) {
}
