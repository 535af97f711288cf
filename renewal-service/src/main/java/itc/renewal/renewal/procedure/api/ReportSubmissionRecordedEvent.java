package itc.renewal.renewal.procedure.api;

import java.time.Instant;

public record ReportSubmissionRecordedEvent(String renewalId, String memberId, int fiscalYear,
                                            String questionnaireVersion, Instant submittedAt) {
}
