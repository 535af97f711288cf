package itc.renewal.report.submission.api;

import itc.renewal.report.questionnaire.domain.Answers;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * A member submits the answers of the practice activity report of one renewal (rules R1–R3), to the questionnaire
 * members answer in that fiscal year (R2).
 */
public record SubmitActivityReportCommand(@TargetAggregateIdentifier String renewalId, Questionnaire questionnaire,
                                          Answers answers) {

    public SubmitActivityReportCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
    }
}
