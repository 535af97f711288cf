package itc.renewal.report.submission.api;

import itc.renewal.report.questionnaire.domain.Answers;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A member saves the answers so far, to resume later (rule R1); required questions may still be open. */
public record SaveReportDraftCommand(@TargetAggregateIdentifier String renewalId, Questionnaire questionnaire,
                                     Answers answers) {

    public SaveReportDraftCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(answers, "answers");
    }
}
