package itc.renewal.report.questionnaire.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.report.questionnaire.api.PublishQuestionnaireCommand;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The first questionnaire (FY2027, {@code questionnaires/2027.1.json}) is published as data at start, by "system",
 * like any operator's version: once, since publishing the same content again changes nothing. Later versions are
 * published by operators without a deploy (rule R2). Instances starting together may both try: the one that comes
 * second publishes the same content again, which is accepted and changes nothing.
 */
@Component
class BuiltInQuestionnaire implements ApplicationRunner {

    static final String RESOURCE = "/questionnaires/2027.1.json";

    private final CommandGateway commands;
    private final ObjectMapper json;
    private final BusinessClock clock;

    BuiltInQuestionnaire(CommandGateway commands, ObjectMapper json, BusinessClock clock) {
        this.commands = commands;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Questionnaire first = load(json);
        PublishQuestionnaireCommand publish = new PublishQuestionnaireCommand(first.version(), first, "system",
                clock.instant());
        try {
            commands.sendAndWait(publish);
        } catch (AggregateStreamCreationException | ConcurrencyException publishedByAnotherInstance) {
            // two instances starting together both found it missing; the other one stored it first, and publishing
            // the same content again changes nothing
            commands.sendAndWait(publish);
        }
    }

    static Questionnaire load(ObjectMapper json) {
        try (InputStream in = BuiltInQuestionnaire.class.getResourceAsStream(RESOURCE)) {
            return json.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
