package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.PointsRegistration;
import itc.renewal.points.ledger.api.RegisterAssociationPointsCommand;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.points.ledger.command.PointsTestData.NEW_HOLDER;
import static itc.renewal.points.ledger.command.PointsTestData.OTHER_MEMBER;
import static itc.renewal.points.ledger.command.PointsTestData.TITLE;
import static itc.renewal.points.ledger.command.PointsTestData.correct;
import static itc.renewal.points.ledger.command.PointsTestData.registered;
import static itc.renewal.points.ledger.command.PointsTestData.selfStudy;

/**
 * Rule P6: an activity date lies between the first day the member's points can count and today: not before the
 * month the holder was first certified (認定年月), not before the fiscal year preceding today's (the oldest a renewal
 * still counts, Q3). Today is 2027-04-10 (FY2027); {@link PointsTestData#NEW_HOLDER} was certified in October 2026.
 */
class PointLedgerDatesTest {

    private static final LocalDate FIRST_DAY_OF_FY2026 = LocalDate.of(2026, 4, 1);
    private static final LocalDate LAST_DAY_OF_FY2025 = LocalDate.of(2026, 3, 31);
    private static final LocalDate CERTIFICATION_MONTH = LocalDate.of(2026, 10, 1);
    private static final LocalDate BEFORE_CERTIFICATION = LocalDate.of(2026, 9, 30);

    private final AggregateTestFixture<PointLedger> fixture = PointsTestData.fixture();

    @Test
    void p6_refusesAnActivityBeforeTheHoldersCertificationMonth() {
        fixture.givenNoPriorActivity()
                .when(ofNewHolder("e1", BEFORE_CERTIFICATION))
                .expectException(rejection(400, "points.activity-date-before-certification"))
                .expectExceptionMessage("活動日が認定年月（2026年10月）より前です。認定前の活動は実践力ポイントになりません"
                        + "（活動日: 2026-09-30）。")
                .expectNoEvents();
    }

    @Test
    void p6_acceptsAnActivityOnTheFirstDayOfTheCertificationMonth() {
        fixture.givenNoPriorActivity()
                .when(ofNewHolder("e1", CERTIFICATION_MONTH))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new PointsRegistration("e1", 2026, new BigDecimal("1.0"),
                        new BigDecimal("1.0")));
    }

    @Test
    void p6_refusesAnActivityOfAFiscalYearNoRenewalCountsAnyMore() {
        fixture.givenNoPriorActivity()
                .when(selfStudy("e1", LAST_DAY_OF_FY2025, "1"))
                .expectException(rejection(400, "points.activity-date-too-old"))
                .expectExceptionMessage("活動日は 2026-04-01 以降の日付を入力してください。それより前の年度のポイントは"
                        + "資格更新に使えません（活動日: 2026-03-31）。")
                .expectNoEvents();
    }

    @Test
    void p6_acceptsTheFirstDayOfThePreviousFiscalYear() {
        fixture.givenNoPriorActivity()
                .when(selfStudy("e1", FIRST_DAY_OF_FY2026, "1"))
                .expectEvents(registered("e1", FIRST_DAY_OF_FY2026, 2026, "SELF_STUDY", "1.0", "1.0"));
    }

    @Test
    void p6_aCorrectionCanNotMoveAnEntryBeforeTheYearsThatCount() {
        fixture.given(registered("e1", FIRST_DAY_OF_FY2026, 2026, "SELF_STUDY", "1.0", "1.0"))
                .when(correct("e1", LAST_DAY_OF_FY2025, "SELF_STUDY", "1", "日付の誤り"))
                .expectException(rejection(400, "points.activity-date-too-old"))
                .expectNoEvents();
    }

    @Test
    void p6_theAssociationCanNotRegisterTrainingBeforeTheCertificationEither() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAssociationPointsCommand(NEW_HOLDER, "e1", BEFORE_CERTIFICATION,
                        "ASSOCIATION_TRAINING_CLASSROOM", TITLE, null, new BigDecimal("3")))
                .expectException(rejection(400, "points.activity-date-before-certification"))
                .expectNoEvents();
    }

    @Test
    void p6_aMemberTheRegistryHasNotAnnouncedIsCheckedAgainstTheCalendarOnly() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPointsCommand(OTHER_MEMBER, "e1", BEFORE_CERTIFICATION, "SELF_STUDY", TITLE,
                        BigDecimal.ONE, null, null))
                .expectResultMessagePayload(new PointsRegistration("e1", 2026, new BigDecimal("1.0"),
                        new BigDecimal("1.0")));
    }

    private static RegisterPointsCommand ofNewHolder(String entryId, LocalDate activityDate) {
        return new RegisterPointsCommand(NEW_HOLDER, entryId, activityDate, "SELF_STUDY", TITLE, BigDecimal.ONE, null,
                null);
    }
}
