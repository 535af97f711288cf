package itc.renewal.renewal.renewal.api;

import java.time.Instant;

public record ReportSubmissionRecordedEvent(String renewalId, String memberId, int fiscalYear,
                                            String questionnaireVersion, Instant submittedAt) {
}
