package itc.renewal.report.questionnaire.command;

import itc.renewal.report.questionnaire.api.PublishQuestionnaireCommand;
import itc.renewal.report.questionnaire.api.QuestionnairePublishedEvent;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.report.submission.api.ActivityReportTestData.QUESTIONNAIRE;

/** Rule R2: a published version never changes, so answers given to it stay interpretable. */
class QuestionnaireVersionTest {

    private static final Instant AT = Instant.parse("2028-03-01T00:00:00Z");
    private static final Questionnaire V2028 = new Questionnaire("2028.1", 2028, QUESTIONNAIRE.questions());

    private final AggregateTestFixture<QuestionnaireVersion> fixture =
            new AggregateTestFixture<>(QuestionnaireVersion.class);

    @Test
    void r2_anOperatorPublishesAVersion() {
        fixture.givenNoPriorActivity()
                .when(new PublishQuestionnaireCommand("2028.1", V2028, "OP-1", AT))
                .expectEvents(new QuestionnairePublishedEvent("2028.1", V2028, "OP-1", AT))
                .expectResultMessagePayload(true);
    }

    @Test
    void r2_theSameContentAgainChangesNothing() {
        fixture.given(new QuestionnairePublishedEvent("2028.1", V2028, "OP-1", AT))
                .when(new PublishQuestionnaireCommand("2028.1", V2028, "system", AT.plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void r2_aPublishedVersionCannotChange() {
        Questionnaire changed = new Questionnaire("2028.1", 2028, QUESTIONNAIRE.questions().subList(0, 3));
        fixture.given(new QuestionnairePublishedEvent("2028.1", V2028, "OP-1", AT))
                .when(new PublishQuestionnaireCommand("2028.1", changed, "OP-1", AT))
                .expectNoEvents()
                .expectException(rejection(409, "report.questionnaire-published"));
    }
}
