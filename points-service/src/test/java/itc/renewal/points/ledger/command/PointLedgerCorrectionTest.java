package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.CorrectPointsEntryCommand;
import itc.renewal.points.ledger.api.EntryCorrection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.points.ledger.command.PointsTestData.MEMBER;
import static itc.renewal.points.ledger.command.PointsTestData.OTHER_MEMBERS_ENTRY;
import static itc.renewal.points.ledger.command.PointsTestData.TITLE;
import static itc.renewal.points.ledger.command.PointsTestData.correct;
import static itc.renewal.points.ledger.command.PointsTestData.corrected;
import static itc.renewal.points.ledger.command.PointsTestData.registered;
import static itc.renewal.points.ledger.command.PointsTestData.registeredByAssociation;
import static itc.renewal.points.ledger.command.PointsTestData.withdrawn;

/** Rule P3: a member corrects their own entries; caps are allocated again (P2); bad corrections change nothing (P6). */
class PointLedgerCorrectionTest {

    private static final LocalDate IN_FY2027 = LocalDate.of(2027, 4, 5);
    private static final LocalDate IN_FY2026 = LocalDate.of(2026, 10, 1);
    private static final LocalDate LATER_IN_FY2026 = LocalDate.of(2026, 11, 1);

    private final AggregateTestFixture<PointLedger> fixture = PointsTestData.fixture();

    @Test
    void p3_correctsAnEntryWithTheYearsNewTotal() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"),
                        registered("e2", IN_FY2026, 2026, "CASE_PRESENTATION", "2.0", "7.0"))
                .when(correct("e1", LATER_IN_FY2026, "SELF_STUDY", "3", "ポイントの誤り"))
                .expectEvents(corrected("e1", LATER_IN_FY2026, "SELF_STUDY", "3.0", "ポイントの誤り", 2026, "5.0", "5.0"))
                .expectResultMessagePayload(new EntryCorrection("e1", LATER_IN_FY2026, 2026, "SELF_STUDY", TITLE,
                        new BigDecimal("3.0"), null, null, new BigDecimal("5.0"), 2026, new BigDecimal("5.0"), true));
    }

    @Test
    void p3_correctedEntryKeepsItsPlaceSoALaterEntryGetsTheFreedCapRoom() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"),
                        registered("e2", IN_FY2026, 2026, "SELF_STUDY", "3.0", "1.0", "6.0"))
                .when(correct("e1", IN_FY2026, "SELF_STUDY", "2", null))
                .expectEvents(corrected("e1", IN_FY2026, "SELF_STUDY", "2.0", null, 2026, "5.0", "5.0"));
    }

    @Test
    void p3_correctionToAnotherYearLeavesTheOldYearAndCountsLastInTheNewOne() {
        fixture.given(registered("e1", IN_FY2027, 2027, "SELF_STUDY", "4.0", "4.0"),
                        registered("e2", IN_FY2026, 2026, "SELF_STUDY", "4.0", "4.0"),
                        registered("e3", IN_FY2026, 2026, "SELF_STUDY", "4.0", "2.0", "6.0"))
                .when(correct("e2", IN_FY2027, "SELF_STUDY", "4", "年度の誤り"))
                .expectEvents(corrected("e2", IN_FY2027, "SELF_STUDY", "4.0", "年度の誤り", 2026, "6.0", "4.0"));
    }

    @Test
    void p3_correctionThatChangesNothingRecordsNothingAndAnswersTheEntry() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(correct("e1", IN_FY2026, "SELF_STUDY", "5", "同じ内容"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new EntryCorrection("e1", IN_FY2026, 2026, "SELF_STUDY", TITLE,
                        new BigDecimal("5.0"), null, null, new BigDecimal("5.0"), 2026, new BigDecimal("5.0"), false));
    }

    @Test
    void p3_rejectsAnUnknownEntry() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(correct("e-unknown", IN_FY2026, "SELF_STUDY", "1", null))
                .expectException(rejection(404, "points.entry-not-found"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsAnotherMembersEntry() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(correct(OTHER_MEMBERS_ENTRY, IN_FY2026, "SELF_STUDY", "1", null))
                .expectException(rejection(403, "points.entry-of-another-member"))
                .expectExceptionMessage("他の会員の登録は訂正・取消できません。ご自身の登録をポイント一覧から選んでください。")
                .expectNoEvents();
    }

    @Test
    void p3_rejectsAnotherMembersEntryToAMemberWithoutLedger() {
        fixture.givenNoPriorActivity()
                .when(correct(OTHER_MEMBERS_ENTRY, IN_FY2026, "SELF_STUDY", "1", null))
                .expectException(rejection(403, "points.entry-of-another-member"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsAWithdrawnEntry() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"), withdrawn("e1", 2026, "0.0", null))
                .when(correct("e1", IN_FY2026, "SELF_STUDY", "1", null))
                .expectException(rejection(409, "points.entry-withdrawn"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsAnEntryTheAssociationRegistered() {
        fixture.given(registeredByAssociation("e1", IN_FY2026, "SELF_STUDY", "2.0", "2.0"))
                .when(correct("e1", IN_FY2026, "SELF_STUDY", "1", null))
                .expectException(rejection(403, "points.entry-registered-by-association"))
                .expectExceptionMessage("協会が登録したポイントは訂正・取消できません。誤りがある場合は協会にお問い合わせください。")
                .expectNoEvents();
    }

    @Test
    void p3_rejectsACorrectionIntoAnAssociationOnlyCategory() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(new CorrectPointsEntryCommand(MEMBER, "e1", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM", TITLE,
                        null, new BigDecimal("3"), null, null))
                .expectException(rejection(403, "points.category-association-only"))
                .expectExceptionMessage("「協会主催研修（集合研修）」には変更できません（協会が登録するカテゴリです）。")
                .expectNoEvents();
    }

    @Test
    void p3_rejectsACorrectionIntoAnUnknownCategory() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(correct("e1", IN_FY2026, "GOLF", "1", null))
                .expectException(rejection(400, "points.category-unknown"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsBadValuesAsRegistrationDoes() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(correct("e1", IN_FY2026, "SELF_STUDY", "2.25", null))
                .expectException(rejection(400, "points.points-not-half-step"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsAFutureActivityDate() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(correct("e1", PointsTestData.TODAY.plusDays(1), "SELF_STUDY", "1", null))
                .expectException(rejection(400, "points.activity-date-in-future"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsAReasonOverFiveHundredCharacters() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(correct("e1", IN_FY2026, "SELF_STUDY", "1", "理".repeat(501)))
                .expectException(rejection(400, "points.reason-too-long"))
                .expectExceptionMessage("理由は500文字以内で入力してください（現在 501 文字）。")
                .expectNoEvents();
    }
}
