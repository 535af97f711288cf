package itc.renewal.report.submission.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.submission.domain.Answers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.report.submission.api.ActivityReportTestData.SUBMITTED_AT;
import static itc.renewal.report.submission.api.ActivityReportTestData.answersWithSatisfaction;
import static itc.renewal.report.submission.api.ActivityReportTestData.open;
import static itc.renewal.report.submission.api.ActivityReportTestData.opened;
import static itc.renewal.report.submission.api.ActivityReportTestData.submit;
import static itc.renewal.report.submission.api.ActivityReportTestData.submitted;
import static itc.renewal.report.submission.api.ActivityReportTestData.validAnswers;

class ActivityReportTest {

    private AggregateTestFixture<ActivityReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActivityReport.class);
        fixture.registerInjectableResource(new BusinessClock(Clock.fixed(SUBMITTED_AT, ZoneOffset.UTC)));
    }

    @Test
    void r1_renewalAppliedOpensTheReport() {
        fixture.givenNoPriorActivity()
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
    }

    @Test
    void r1_openingTwiceChangesNothing() {
        fixture.given(opened())
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void r1_refusesSubmissionBeforeRenewalApplied() {
        fixture.givenNoPriorActivity()
                .when(submit(validAnswers()))
                .expectNoEvents()
                .expectExceptionMessage("実務活動報告書は、資格更新申込み後に回答できます。")
                .expectException(Rejection.class)
                .expectException(rejection(409, "report.not-open"));
    }

    @Test
    void r1_r2_acceptsValidAnswersOnceOpen() {
        fixture.given(opened())
                .when(submit(validAnswers()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(submitted(validAnswers()));
    }

    @Test
    void r3_submittedOnlyOnce() {
        fixture.given(opened(), submitted(validAnswers()))
                .when(submit(validAnswers()))
                .expectNoEvents()
                .expectException(rejection(409, "report.already-submitted"));
    }

    @Test
    void r2_rejectsSatisfactionOutOfRange() {
        fixture.given(opened())
                .when(submit(answersWithSatisfaction(6)))
                .expectNoEvents()
                .expectException(rejection(400, "report.answer-invalid"))
                .expectExceptionMessage("設問「満足度」の回答: 1〜5 の整数で選んでください。");
    }

    @Test
    void r2_rejectsInvolvementOutsideTheChoices() {
        fixture.given(opened())
                .when(submit(new Answers("OFTEN", List.of("STRATEGY"), 3, null)))
                .expectNoEvents()
                .expectException(rejection(400, "report.answer-invalid"));
    }

    @Test
    void r2_storesTheAnswersNormalised() {
        fixture.given(opened())
                .when(submit(new Answers("NONE", List.of("OTHER", "STRATEGY", "OTHER"), 5, "  ありがとうございます  ")))
                .expectEvents(submitted(new Answers("NONE", List.of("STRATEGY", "OTHER"), 5, "ありがとうございます")));
    }
}
