package itc.renewal.report.submission.api;

import itc.renewal.report.privacy.domain.SealedAnswers;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The member submitted the report (rules R2, R3). The answers are sealed with the member's data key (R4), so that
 * erasing the key makes them unreadable here too while the event still replays; the integration event
 * {@code ReportSubmitted} carries none.
 * <p>
 * Revision 2 replaced the plain {@code answers} of revision 1 (stored without a revision) with sealed ones: a
 * revision-1 event reads with {@code answers} null, i.e. as erased (its plaintext is ignored, never read).
 */
@Revision("2")
public record ActivityReportSubmittedEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        String questionnaireVersion,
        Instant submittedAt,
        SealedAnswers answers) {
}
