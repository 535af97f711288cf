package itc.renewal.report.submission.api;

import itc.renewal.report.submission.domain.Question;

import java.time.Instant;
import java.util.List;

/**
 * What a member sees of the report of one fiscal year: the questions to answer and whether the
 * report can be answered yet. Never the answers.
 */
public record ActivityReportView(
        int fiscalYear,
        String questionnaireVersion,
        List<Question> questions,
        Status status,
        Instant submittedAt) {

    /**
     * NOT_OPEN until the renewal is applied (rule R1); SUBMITTED once answered (rule R3); CLOSED when
     * the renewal lapsed unanswered (rules Q5, C3).
     */
    public enum Status { NOT_OPEN, OPEN, SUBMITTED, CLOSED }
}
