package itc.renewal.report.submission.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.report.privacy.domain.InMemoryMemberKeys;
import itc.renewal.report.submission.api.ActivityReportTestData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.report.submission.api.ActivityReportTestData.LAPSED_AT;
import static itc.renewal.report.submission.api.ActivityReportTestData.close;
import static itc.renewal.report.submission.api.ActivityReportTestData.closed;
import static itc.renewal.report.submission.api.ActivityReportTestData.open;
import static itc.renewal.report.submission.api.ActivityReportTestData.opened;
import static itc.renewal.report.submission.api.ActivityReportTestData.submit;
import static itc.renewal.report.submission.api.ActivityReportTestData.submitted;
import static itc.renewal.report.submission.api.ActivityReportTestData.validAnswers;

/** Rules Q5, C3: once the renewal lapsed (RenewalLapsed), its report can no longer be submitted. */
class ActivityReportLapseTest {

    private static final String WINDOW_CLOSED = "2027年度の更新申請期間が終了したため、実務活動報告は提出できません。";

    private AggregateTestFixture<ActivityReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActivityReport.class);
        fixture.registerInjectableResource(new BusinessClock(Clock.fixed(LAPSED_AT.plusSeconds(60), ZoneOffset.UTC)));
        fixture.registerInjectableResource(ActivityReportTestData.vault(new InMemoryMemberKeys()));
    }

    @Test
    void c3_lapseClosesAnOpenReport() {
        fixture.given(opened())
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectEvents(closed());
    }

    @Test
    void c3_redeliveredLapseChangesNothing() {
        fixture.given(opened(), closed())
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void q5_closedReportRefusesSubmission() {
        fixture.given(opened(), closed())
                .when(submit(validAnswers()))
                .expectNoEvents()
                .expectException(rejection(409, "report.window-closed"))
                .expectExceptionMessage(WINDOW_CLOSED);
    }

    @Test
    void c3_lapseLeavesASubmittedReportSubmitted() {
        fixture.given(opened(), submitted())
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c3_lapseDeliveredBeforeTheRenewalAppliedClosesTheReportInAdvance() {
        fixture.givenNoPriorActivity()
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectEvents(closed());
    }

    @Test
    void q5_renewalAppliedDeliveredAfterTheLapseOpensNothing() {
        fixture.given(closed())
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void q5_reportClosedInAdvanceRefusesSubmissionWithTheWindowClosedMessage() {
        fixture.given(closed())
                .when(submit(validAnswers()))
                .expectNoEvents()
                .expectException(rejection(409, "report.window-closed"))
                .expectExceptionMessage(WINDOW_CLOSED);
    }
}
