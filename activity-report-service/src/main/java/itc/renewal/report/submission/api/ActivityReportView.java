package itc.renewal.report.submission.api;

import itc.renewal.report.questionnaire.domain.Question;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the member sees of the report of one fiscal year: the questions, whether it can be answered, and the
 * member's own answers (the draft, or what was submitted), opened with the member's key. Only ever the member's own.
 *
 * @param answers       the draft's or the submission's answers; null when none, or erased
 * @param draftSavedAt  when the draft was last saved (null without a draft, and once submitted)
 * @param answersErased the answers were erased (the member's data key deleted, rule R4)
 */
public record ActivityReportView(
        int fiscalYear,
        String questionnaireVersion,
        List<Question> questions,
        Status status,
        Instant submittedAt,
        Map<String, List<String>> answers,
        Instant draftSavedAt,
        boolean answersErased) {

    /**
     * NOT_OPEN until the renewal is applied (rule R1); SUBMITTED once answered (rule R3); CLOSED when
     * the renewal lapsed unanswered (rules Q5, C3).
     */
    public enum Status { NOT_OPEN, OPEN, SUBMITTED, CLOSED }
}
