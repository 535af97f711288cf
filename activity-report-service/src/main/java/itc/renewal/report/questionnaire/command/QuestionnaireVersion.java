package itc.renewal.report.questionnaire.command;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.questionnaire.api.PublishQuestionnaireCommand;
import itc.renewal.report.questionnaire.api.QuestionnairePublishedEvent;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One questionnaire version (rule R2). Published once and never changed, so answers given to it stay
 * interpretable: publishing the same content again changes nothing, different content under the same version is
 * refused (publish a new version instead).
 */
@Aggregate
class QuestionnaireVersion {

    @AggregateIdentifier
    private String version;
    private Questionnaire published;

    QuestionnaireVersion() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(PublishQuestionnaireCommand command) {
        if (published != null) {
            if (published.equals(command.questionnaire())) {
                return false;
            }
            throw Rejection.conflict("report.questionnaire-published",
                    "版 " + command.version() + " は公開済みのため変更できません。新しい版として公開してください。");
        }
        apply(new QuestionnairePublishedEvent(command.version(), command.questionnaire(), command.publishedBy(),
                command.publishedAt()));
        return true;
    }

    @EventSourcingHandler
    void on(QuestionnairePublishedEvent event) {
        version = event.version();
        published = event.questionnaire();
    }
}
