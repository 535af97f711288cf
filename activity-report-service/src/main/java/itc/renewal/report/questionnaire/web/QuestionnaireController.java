package itc.renewal.report.questionnaire.web;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.report.questionnaire.api.ListQuestionnairesQuery;
import itc.renewal.report.questionnaire.api.PublishQuestionnaireCommand;
import itc.renewal.report.questionnaire.domain.Question;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import itc.renewal.report.questionnaire.domain.QuestionnaireDefinition;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Operators publish questionnaire versions without a deploy (rule R2): {@code PUT …/questionnaires/2028.1} with the
 * first fiscal year and the questions. 201 when published, 200 when the same version was published with the same
 * content, 409 when it was published differently, 400 naming every mistake. Operators only.
 */
@RestController
@RequestMapping("/api/operator/activity-reports/questionnaires")
@ProblemCodes({"403 operator.role-required"})
class QuestionnaireController {

    record PublicationRequest(Integer firstFiscalYear, List<Question> questions) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final BusinessClock clock;

    QuestionnaireController(CommandGateway commands, QueryGateway queries, BusinessClock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    List<Questionnaire> published() {
        return queries.query(new ListQuestionnairesQuery(), ResponseTypes.multipleInstancesOf(Questionnaire.class))
                .join();
    }

    @PutMapping("/{version}")
    @ProblemCodes({"400 report.questionnaire-invalid", "409 report.questionnaire-published"})
    ResponseEntity<Questionnaire> publish(Identity identity, @PathVariable String version,
                                          @RequestBody PublicationRequest request) {
        Questionnaire questionnaire = QuestionnaireDefinition.check(version, request.firstFiscalYear(),
                request.questions());
        boolean published = commands.sendAndWait(new PublishQuestionnaireCommand(version, questionnaire,
                identity.subject(), clock.instant()));
        return ResponseEntity.status(published ? HttpStatus.CREATED : HttpStatus.OK).body(questionnaire);
    }
}
