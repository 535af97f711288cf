package itc.renewal.report.questionnaire.api;

import itc.renewal.report.questionnaire.domain.Questionnaire;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** An operator (or the system, for the built-in first version) publishes a questionnaire version (rule R2). */
public record PublishQuestionnaireCommand(
        @TargetAggregateIdentifier String version,
        Questionnaire questionnaire,
        String publishedBy,
        Instant publishedAt) {

    public PublishQuestionnaireCommand {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
