package itc.renewal.report.submission.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.problem.InvalidFields;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.privacy.domain.InMemoryMemberKeys;
import itc.renewal.report.privacy.domain.SealedAnswers;
import itc.renewal.report.questionnaire.domain.Answers;
import itc.renewal.report.submission.api.ActivityReportDraftSavedEvent;
import itc.renewal.report.submission.api.ActivityReportSubmittedEvent;
import itc.renewal.report.submission.domain.AnswerVault;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.report.submission.api.ActivityReportTestData.JSON;
import static itc.renewal.report.submission.api.ActivityReportTestData.MEMBER;
import static itc.renewal.report.submission.api.ActivityReportTestData.SUBMITTED_AT;
import static itc.renewal.report.submission.api.ActivityReportTestData.answers;
import static itc.renewal.report.submission.api.ActivityReportTestData.open;
import static itc.renewal.report.submission.api.ActivityReportTestData.opened;
import static itc.renewal.report.submission.api.ActivityReportTestData.saveDraft;
import static itc.renewal.report.submission.api.ActivityReportTestData.submit;
import static itc.renewal.report.submission.api.ActivityReportTestData.submitted;
import static itc.renewal.report.submission.api.ActivityReportTestData.validAnswers;
import static itc.renewal.report.submission.api.ActivityReportTestData.vault;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules R1–R4 on the aggregate: opened by the application, drafts, one submission, answers sealed. */
class ActivityReportTest {

    private final InMemoryMemberKeys keys = new InMemoryMemberKeys();
    private final AnswerVault vault = vault(keys);
    private AggregateTestFixture<ActivityReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActivityReport.class);
        fixture.registerInjectableResource(new BusinessClock(Clock.fixed(SUBMITTED_AT, ZoneOffset.UTC)));
        fixture.registerInjectableResource(vault);
    }

    @Test
    void r1_renewalAppliedOpensTheReportOnce() {
        fixture.givenNoPriorActivity().when(open()).expectEvents(opened());
        fixture.given(opened()).when(open()).expectNoEvents();
    }

    @Test
    void r1_refusesAnswersBeforeTheRenewalIsApplied() {
        fixture.givenNoPriorActivity()
                .when(submit(validAnswers()))
                .expectNoEvents()
                .expectExceptionMessage("実務活動報告書は、資格更新申込み後に回答できます。")
                .expectException(rejection(409, "report.not-open"));
        fixture.givenNoPriorActivity()
                .when(saveDraft(validAnswers()))
                .expectException(rejection(409, "report.not-open"));
    }

    @Test
    void r1_r4_aDraftMayLeaveRequiredQuestionsOpenAndIsSealed() {
        Answers partial = answers("NONE", null, null, "途中まで");
        fixture.given(opened())
                .when(saveDraft(partial))
                .expectEventsMatching(one(ActivityReportDraftSavedEvent.class, event -> event.savedAt()
                        .equals(SUBMITTED_AT) && opens(event.answers(), answers("NONE", null, null, "途中まで"))));
    }

    @Test
    void r2_aSubmissionMustAnswerEveryRequiredQuestion() {
        fixture.given(opened())
                .when(submit(answers(null, "DX_SUPPORT", null, null)))
                .expectNoEvents()
                .expectException(InvalidFields.class)
                .expectException(rejection(400, "report.answer-invalid"));
    }

    @Test
    void r2_r3_r4_validAnswersAreSubmittedSealedWithTheMembersKey() {
        fixture.given(opened())
                .when(submit(validAnswers()))
                .expectEventsMatching(one(ActivityReportSubmittedEvent.class, event -> event.memberId().equals(MEMBER)
                        && event.questionnaireVersion().equals("2027.1") && event.submittedAt().equals(SUBMITTED_AT)
                        && !event.answers().ciphertext().contains("DX_SUPPORT")
                        && opens(event.answers(), validAnswers())));
    }

    @Test
    void r3_submittedOnceOnlyAndNoDraftAfterwards() {
        fixture.given(opened(), submitted())
                .when(submit(validAnswers()))
                .expectNoEvents()
                .expectException(rejection(409, "report.already-submitted"));
        fixture.given(opened(), submitted())
                .when(saveDraft(validAnswers()))
                .expectException(Rejection.class);
    }

    private boolean opens(SealedAnswers sealed, Answers expected) {
        return vault.open(MEMBER, sealed).map(answers -> {
            try {
                return JSON.writeValueAsString(answers.values()).equals(JSON.writeValueAsString(
                        normalisedValues(expected)));
            } catch (Exception e) {
                return false;
            }
        }).orElse(false);
    }

    /** What the questionnaire keeps: unanswered questions left out. */
    private static Object normalisedValues(Answers answers) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        answers.values().forEach((id, values) -> {
            if (!values.isEmpty()) {
                kept.put(id, values);
            }
        });
        return kept;
    }

    private static <T> Matcher<List<EventMessage<?>>> one(Class<T> type, Predicate<T> check) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return events.size() == 1 && type.isInstance(events.get(0).getPayload())
                        && check.test(type.cast(events.get(0).getPayload()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("one " + type.getSimpleName() + " with the expected sealed answers");
            }
        };
    }

    @Test
    void r4_theAnswersOfTheEventAreUnreadableOnceTheKeyIsErased() {
        ActivityReportSubmittedEvent[] stored = new ActivityReportSubmittedEvent[1];
        fixture.given(opened())
                .when(submit(validAnswers()))
                .expectEventsMatching(one(ActivityReportSubmittedEvent.class, event -> {
                    stored[0] = event;
                    return true;
                }));

        keys.erase(MEMBER);

        assertThat(vault.open(MEMBER, stored[0].answers())).isEmpty();
    }
}
