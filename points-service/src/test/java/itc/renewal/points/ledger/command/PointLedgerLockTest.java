package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.AssociationRegistration;
import itc.renewal.points.ledger.api.FiscalYearLock;
import itc.renewal.points.ledger.api.LockFiscalYearCommand;
import itc.renewal.points.ledger.api.LockFiscalYearForRenewalCommand;
import itc.renewal.points.ledger.api.RegisterAssociationPointsCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.points.ledger.command.PointsTestData.MEMBER;
import static itc.renewal.points.ledger.command.PointsTestData.correct;
import static itc.renewal.points.ledger.command.PointsTestData.locked;
import static itc.renewal.points.ledger.command.PointsTestData.registered;
import static itc.renewal.points.ledger.command.PointsTestData.registeredByAssociation;
import static itc.renewal.points.ledger.command.PointsTestData.selfStudy;
import static itc.renewal.points.ledger.command.PointsTestData.withdraw;

/**
 * Rule P4: once the FY2027 renewal is applied, the member changes nothing of FY2026. renewal-service takes the lock
 * before it records the application, and only if FY2026 counts the required points (Q3).
 */
class PointLedgerLockTest {

    private static final LocalDate IN_FY2026 = LocalDate.of(2026, 10, 1);
    private static final LocalDate IN_FY2027 = LocalDate.of(2027, 4, 5);
    private static final String LOCKED_MESSAGE =
            "2026年度のポイントは、2027年度の資格更新を申請済みのため登録・変更できません。誤りがある場合は協会にお問い合わせください。";

    private final AggregateTestFixture<PointLedger> fixture = PointsTestData.fixture();

    @Test
    void p4_renewalAppliedLocksThePreviousYearOfAMemberWithoutEntries() {
        fixture.givenNoPriorActivity()
                .when(new LockFiscalYearCommand(MEMBER, 2026, 2027))
                .expectEvents(locked(2026));
    }

    @Test
    void p4_aYearIsLockedOnce() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"), locked(2026))
                .when(new LockFiscalYearCommand(MEMBER, 2026, 2027))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void p4_rejectsCorrectionAfterRenewalApplied() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"), locked(2026))
                .when(correct("e1", IN_FY2026, "SELF_STUDY", "1", null))
                .expectException(rejection(409, "points.fiscal-year-locked"))
                .expectExceptionMessage(LOCKED_MESSAGE)
                .expectNoEvents();
    }

    @Test
    void p4_rejectsWithdrawalAfterRenewalApplied() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "5.0", "5.0"), locked(2026))
                .when(withdraw("e1", null))
                .expectException(rejection(409, "points.fiscal-year-locked"))
                .expectNoEvents();
    }

    @Test
    void p4_rejectsRegistrationIntoTheLockedYear() {
        fixture.given(locked(2026))
                .when(selfStudy("e1", IN_FY2026, "1"))
                .expectException(rejection(409, "points.fiscal-year-locked"))
                .expectExceptionMessage(LOCKED_MESSAGE)
                .expectNoEvents();
    }

    @Test
    void p4_rejectsCorrectionMovingAnEntryIntoTheLockedYear() {
        fixture.given(registered("e1", IN_FY2027, 2027, "SELF_STUDY", "2.0", "2.0"), locked(2026))
                .when(correct("e1", IN_FY2026, "SELF_STUDY", "2", null))
                .expectException(rejection(409, "points.fiscal-year-locked"))
                .expectNoEvents();
    }

    @Test
    void p4_otherYearsStayOpen() {
        fixture.given(locked(2026))
                .when(selfStudy("e1", IN_FY2027, "2"))
                .expectEvents(registered("e1", IN_FY2027, 2027, "SELF_STUDY", "2.0", "2.0"));
    }

    @Test
    void p4_theAssociationStillRegistersIntoTheLockedYear() {
        fixture.given(locked(2026))
                .when(new RegisterAssociationPointsCommand(MEMBER, "e1", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM",
                        "集合研修", null, new BigDecimal("4")))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new AssociationRegistration("e1", true));
    }

    @Test
    void p4_lockForRenewalLocksTheYearWhenItCountsTheRequiredPoints() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "6.0", "6.0"),
                        registered("e2", IN_FY2026, 2026, "CASE_PRESENTATION", "4.0", "10.0"))
                .when(lockForRenewal("10"))
                .expectEvents(locked(2026))
                .expectResultMessagePayload(new FiscalYearLock(MEMBER, 2026, new BigDecimal("10.0"), 2L, true));
    }

    @Test
    void p4_lockForRenewalRefusesAndChangesNothingWhenTheCappedTotalIsShort() {
        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "8.0", "6.0", "6.0"),
                        registered("e2", IN_FY2026, 2026, "CASE_PRESENTATION", "3.0", "9.0"))
                .when(lockForRenewal("10"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new FiscalYearLock(MEMBER, 2026, new BigDecimal("9.0"), 1L, false));
    }

    @Test
    void p4_lockForRenewalIsIdempotentWhenTheYearIsLockedAlready() {
        fixture.given(registered("e1", IN_FY2026, 2026, "CASE_PRESENTATION", "10.0", "10.0"), locked(2026),
                        registeredByAssociation("e2", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM", "1.0", "11.0"))
                .when(lockForRenewal("10"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new FiscalYearLock(MEMBER, 2026, new BigDecimal("11.0"), 2L, true));
    }

    @Test
    void p4_lockForRenewalOfAMemberWithoutLedgerCreatesNone() {
        fixture.givenNoPriorActivity()
                .when(lockForRenewal("10"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new FiscalYearLock(MEMBER, 2026, new BigDecimal("0.0"), null, false));
    }

    @Test
    void p4_aLedgerLockedForRenewalRefusesTheWithdrawalThatWouldHaveMadeItShort() {
        fixture.given(registered("e1", IN_FY2026, 2026, "CASE_PRESENTATION", "10.0", "10.0"))
                .andGivenCommands(lockForRenewal("10"))
                .when(withdraw("e1", null))
                .expectException(rejection(409, "points.fiscal-year-locked"))
                .expectNoEvents();
    }

    private static LockFiscalYearForRenewalCommand lockForRenewal(String requiredPoints) {
        return new LockFiscalYearForRenewalCommand(MEMBER, 2026, 2027, new BigDecimal(requiredPoints));
    }
}
