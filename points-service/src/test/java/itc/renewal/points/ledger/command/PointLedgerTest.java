package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.api.PointsRegistration;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.points.ledger.command.PointsTestData.MEMBER;
import static itc.renewal.points.ledger.command.PointsTestData.TODAY;
import static itc.renewal.points.ledger.command.PointsTestData.register;
import static itc.renewal.points.ledger.command.PointsTestData.registerHours;
import static itc.renewal.points.ledger.command.PointsTestData.registered;
import static itc.renewal.points.ledger.command.PointsTestData.selfStudy;
import static itc.renewal.points.ledger.command.PointsTestData.withNote;
import static itc.renewal.points.ledger.command.PointsTestData.withTitle;

class PointLedgerTest {

    private static final LocalDate LAST_DAY_OF_FY2026 = LocalDate.of(2027, 3, 31);
    private static final LocalDate FIRST_DAY_OF_FY2027 = LocalDate.of(2027, 4, 1);
    private static final LocalDate IN_FY2026 = LocalDate.of(2026, 10, 1);

    private final AggregateTestFixture<PointLedger> fixture = PointsTestData.fixture();

    @Test
    void p1_registersPointsForTheFiscalYearOfTheActivityDate() {
        fixture.givenNoPriorActivity()
                .when(register("e1", LAST_DAY_OF_FY2026, "TEACHING_PUBLISHING", "2.5"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered("e1", LAST_DAY_OF_FY2026, 2026, "TEACHING_PUBLISHING", "2.5", "2.5"))
                .expectResultMessagePayload(new PointsRegistration("e1", 2026, new BigDecimal("2.5"),
                        new BigDecimal("2.5")));
    }

    @Test
    void p1_startsANewFiscalYearTotalOnTheFirstOfApril() {
        fixture.given(registered("e1", LAST_DAY_OF_FY2026, 2026, "TEACHING_PUBLISHING", "8", "8.0"))
                .when(register("e2", FIRST_DAY_OF_FY2027, "TEACHING_PUBLISHING", "2"))
                .expectEvents(registered("e2", FIRST_DAY_OF_FY2027, 2027, "TEACHING_PUBLISHING", "2.0", "2.0"));
    }

    @Test
    void p1_acceptsAnActivityOfToday() {
        fixture.givenNoPriorActivity()
                .when(register("e1", TODAY, "CASE_PRESENTATION", "3"))
                .expectEvents(registered("e1", TODAY, 2027, "CASE_PRESENTATION", "3.0", "3.0"));
    }

    @Test
    void p1_refusesTheSameEntryTwice() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "1.0", "1.0"))
                .when(selfStudy("e1", IN_FY2026, "1"))
                .expectException(rejection(409, "points.entry-exists"))
                .expectNoEvents();
    }

    @Test
    void p2_capsSelfStudyAtSixPerFiscalYear() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(selfStudy("e2", IN_FY2026, "2"))
                .expectEvents(registered("e2", IN_FY2026, 2026, "SELF_STUDY", "2.0", "1.0", "6.0"));
    }

    @Test
    void p2_capsRelatedQualificationAtSixButNotUncappedCategories() {
        fixture.given(registered("e1", IN_FY2026, 2026, "RELATED_QUALIFICATION", "6.0", "6.0"),
                        registered("e2", IN_FY2026, 2026, "TEACHING_PUBLISHING", "3.0", "9.0"))
                .when(register("e3", IN_FY2026, "RELATED_QUALIFICATION", "1.5"))
                .expectEvents(registered("e3", IN_FY2026, 2026, "RELATED_QUALIFICATION", "1.5", "0.0", "9.0"));
    }

    @Test
    void p2_appliesCapsPerFiscalYear() {
        fixture.given(registered("e1", LocalDate.of(2025, 6, 1), 2025, "SELF_STUDY", "6.0", "6.0"))
                .when(selfStudy("e2", IN_FY2026, "4"))
                .expectEvents(registered("e2", IN_FY2026, 2026, "SELF_STUDY", "4.0", "4.0"));
    }

    @Test
    void p2_membersCannotRegisterAssociationTraining() {
        fixture.givenNoPriorActivity()
                .when(registerHours("e1", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM", "2"))
                .expectException(rejection(403, "points.category-association-only"))
                .expectNoEvents();
    }

    @Test
    void p2_keepsPointsInHalfPointSteps() {
        fixture.givenNoPriorActivity()
                .when(selfStudy("e1", IN_FY2026, "2.25"))
                .expectException(rejection(400, "points.points-not-half-step"))
                .expectExceptionMessage("ポイントは0.5ポイント単位で入力してください（入力値: 2.25）。")
                .expectNoEvents();
    }

    @Test
    void p6_rejectsZeroPoints() {
        fixture.givenNoPriorActivity()
                .when(selfStudy("e1", IN_FY2026, "0"))
                .expectException(rejection(400, "points.points-not-positive"))
                .expectNoEvents();
    }

    @Test
    void p6_rejectsNegativePoints() {
        fixture.givenNoPriorActivity()
                .when(selfStudy("e1", IN_FY2026, "-1.5"))
                .expectException(rejection(400, "points.points-not-positive"))
                .expectExceptionMessage("ポイントは0より大きい値を入力してください（入力値: -1.5）。")
                .expectNoEvents();
    }

    @Test
    void p6_rejectsAbsurdPoints() {
        fixture.givenNoPriorActivity()
                .when(register("e1", IN_FY2026, "TEACHING_PUBLISHING", "100.5"))
                .expectException(rejection(400, "points.points-too-large"))
                .expectNoEvents();
    }

    @Test
    void p6_rejectsFutureActivityDate() {
        fixture.givenNoPriorActivity()
                .when(selfStudy("e1", TODAY.plusDays(1), "1"))
                .expectException(rejection(400, "points.activity-date-in-future"))
                .expectExceptionMessage("活動日に未来の日付は指定できません（活動日: 2027-04-11、本日: 2027-04-10）。")
                .expectNoEvents();
    }

    @Test
    void p6_rejectsUnknownCategory() {
        fixture.givenNoPriorActivity()
                .when(register("e1", IN_FY2026, "GOLF", "1"))
                .expectException(rejection(400, "points.category-unknown"))
                .expectNoEvents();
    }

    @Test
    void p6_rejectsBlankTitle() {
        fixture.givenNoPriorActivity()
                .when(withTitle("   "))
                .expectException(rejection(400, "points.title-missing"))
                .expectNoEvents();
    }

    @Test
    void p6_rejectsTitleOverTwoHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(withTitle("研".repeat(201)))
                .expectException(rejection(400, "points.title-too-long"))
                .expectExceptionMessage("タイトルは200文字以内で入力してください（現在 201 文字）。")
                .expectNoEvents();
    }

    @Test
    void p6_rejectsNoteOverOneThousandCharacters() {
        fixture.givenNoPriorActivity()
                .when(withNote("備".repeat(1001)))
                .expectException(rejection(400, "points.note-too-long"))
                .expectNoEvents();
    }

    @Test
    void p6_keepsANoteOfOneThousandCharacters() {
        String note = "備".repeat(1000);
        fixture.givenNoPriorActivity()
                .when(withNote(note))
                .expectEvents(new PointsRegisteredEvent(MEMBER, "e-note", IN_FY2026, 2026, "SELF_STUDY", "読書",
                        new BigDecimal("1.0"), new BigDecimal("1.0"), note, null, new BigDecimal("1.0"),
                        new BigDecimal("6"), false));
    }
}
