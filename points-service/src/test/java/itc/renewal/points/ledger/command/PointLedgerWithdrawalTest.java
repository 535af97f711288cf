package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.EntryWithdrawal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.points.ledger.command.PointsTestData.OTHER_MEMBERS_ENTRY;
import static itc.renewal.points.ledger.command.PointsTestData.registered;
import static itc.renewal.points.ledger.command.PointsTestData.registeredByAssociation;
import static itc.renewal.points.ledger.command.PointsTestData.selfStudy;
import static itc.renewal.points.ledger.command.PointsTestData.withdraw;
import static itc.renewal.points.ledger.command.PointsTestData.withdrawn;

/** Rule P3: a member withdraws their own entries; the entry no longer counts and its id stays taken. */
class PointLedgerWithdrawalTest {

    private static final LocalDate IN_FY2026 = LocalDate.of(2026, 10, 1);

    private final AggregateTestFixture<PointLedger> fixture = PointsTestData.fixture();

    @Test
    void p3_withdrawalFreesCapRoomForALaterEntry() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"),
                        registered("e2", IN_FY2026, 2026, "SELF_STUDY", "3.0", "1.0", "6.0"))
                .when(withdraw("e1", "重複して登録したため"))
                .expectEvents(withdrawn("e1", 2026, "3.0", "重複して登録したため"))
                .expectResultMessagePayload(new EntryWithdrawal("e1", 2026, new BigDecimal("3.0")));
    }

    @Test
    void p3_aLaterRegistrationCountsInTheRoomAWithdrawalFreed() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "6.0", "6.0"), withdrawn("e1", 2026, "0.0", null))
                .when(selfStudy("e2", IN_FY2026, "4"))
                .expectEvents(registered("e2", IN_FY2026, 2026, "SELF_STUDY", "4.0", "4.0"));
    }

    @Test
    void p3_withdrawalRetriedWithTheSameReasonAnswersAsTheFirstTimeAndRecordsNothing() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"),
                        registered("e2", IN_FY2026, 2026, "CASE_PRESENTATION", "2.0", "7.0"),
                        withdrawn("e1", 2026, "2.0", "重複して登録したため"))
                .when(withdraw("e1", " 重複して登録したため "))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new EntryWithdrawal("e1", 2026, new BigDecimal("2.0")));
    }

    @Test
    void p3_withdrawalRetriedWithoutReasonAnswersAsTheFirstTimeWithTheCurrentTotal() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"), withdrawn("e1", 2026, "0.0", null),
                        registered("e2", IN_FY2026, 2026, "CASE_PRESENTATION", "2.0", "2.0"))
                .when(withdraw("e1", ""))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new EntryWithdrawal("e1", 2026, new BigDecimal("2.0")));
    }

    @Test
    void p3_rejectsWithdrawingTwiceWithAnotherReason() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"), withdrawn("e1", 2026, "0.0", null))
                .when(withdraw("e1", "別の理由"))
                .expectException(rejection(409, "points.entry-withdrawn"))
                .expectNoEvents();
    }

    @Test
    void p3_withdrawnEntryIdStaysTaken() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"), withdrawn("e1", 2026, "0.0", null))
                .when(selfStudy("e1", IN_FY2026, "1"))
                .expectException(rejection(409, "points.entry-exists"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsWithdrawingAnEntryTheAssociationRegistered() {
        fixture.given(registeredByAssociation("e1", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM", "1.5", "1.5"))
                .when(withdraw("e1", null))
                .expectException(rejection(403, "points.entry-registered-by-association"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsWithdrawingAnotherMembersEntry() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(withdraw(OTHER_MEMBERS_ENTRY, null))
                .expectException(rejection(403, "points.entry-of-another-member"))
                .expectNoEvents();
    }

    @Test
    void p3_rejectsWithdrawingAnUnknownEntry() {
        fixture.givenNoPriorActivity()
                .when(withdraw("e-unknown", null))
                .expectException(rejection(404, "points.entry-not-found"))
                .expectExceptionMessage("指定された登録（e-unknown）はありません。ポイント一覧から選び直してください。")
                .expectNoEvents();
    }

    @Test
    void p3_rejectsAWithdrawalReasonOverFiveHundredCharacters() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"))
                .when(withdraw("e1", "理".repeat(501)))
                .expectException(rejection(400, "points.reason-too-long"))
                .expectNoEvents();
    }
}
