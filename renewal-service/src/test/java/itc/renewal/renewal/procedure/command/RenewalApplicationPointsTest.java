package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.RenewalTestData;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.domain.LedgerTotal;
import itc.renewal.renewal.procedure.api.ApplyForRenewalCommand;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.FY2027;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.APPLY;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.TEN;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.japan;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules Q3, P4 and P5: an application needs 10 counted points of the year before, as points-service's lock says. */
class RenewalApplicationPointsTest {

    private final ApplicationScenario scenario = new ApplicationScenario();

    @Test
    void q3_refusesNinePoints() {
        scenario.lock.with(PAYING, FY2027.previous(), "9", 1);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(422, "renewal.points-insufficient"))
                .expectExceptionMessage("更新用ポイントが不足です（2026年度の登録: 9.0 / 10 ポイント）")
                .expectNoEvents();
    }

    @Test
    void q3_countsOnlyThePreviousFiscalYear() {
        scenario.lock.with(PAYING, FiscalYear.of(2027), "30", 1).with(PAYING, FiscalYear.of(2025), "30", 2);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(422, "renewal.points-insufficient"));
    }

    @Test
    void q3_acceptsTenPoints() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectSuccessfulHandlerExecution()
                .expectEvents(paidRenewalApplied());
    }

    @Test
    void p4_applicationLocksTheCountedYearFirst() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 7);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", APRIL_10, TEN, 7L, RenewalTestData.standardWindowEnd(2027)));
        assertThat(scenario.lock.requests()).containsExactly("M0000001 2026→2027 ≥ 10");
        // P5: the ledger's answer is remembered like any report of points-service.
        assertThat(scenario.projection.find(PAYING, FY2027.previous())).isEqualTo(new LedgerTotal(TEN, 7L));
    }

    /** The projection lags (9 points), the ledger has the 10th: the ledger decides (P5). */
    @Test
    void p5_appliesOnTheLedgerTotalWhateverTheProjectionSays() {
        scenario.projection.with(PAYING, FY2027.previous(), "9", 3);
        scenario.lock.with(PAYING, FY2027.previous(), "10", 4);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", APRIL_10, TEN, 4L, RenewalTestData.standardWindowEnd(2027)));
    }

    /** The member withdrew an entry (P3): the projection still says 10, the ledger already says 9.5. */
    @Test
    void p4_refusedWhenThePointsLockSaysShort() {
        scenario.projection.with(PAYING, FY2027.previous(), "10", 3);
        scenario.lock.with(PAYING, FY2027.previous(), "9.5", 4);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(422, "renewal.points-insufficient"))
                .expectExceptionMessage("更新用ポイントが不足です（2026年度の登録: 9.5 / 10 ポイント）")
                .expectNoEvents();
    }

    @Test
    void a1_pointsServiceDownGives503AndRecordsNothing() {
        scenario.projection.with(PAYING, FY2027.previous(), "12", 3);
        scenario.lock.down();
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(503, "renewal.points-unavailable"))
                .expectExceptionMessage("ただいま実践力ポイントを確認できないため、申請を受け付けられません。"
                        + "しばらくしてから再度お申し込みください。")
                .expectNoEvents();
        assertThat(scenario.projection.find(PAYING, FY2027.previous()))
                .isEqualTo(new LedgerTotal(new BigDecimal("12"), 3L));
    }

    /** Checks that need no points come before the lock, which changes points-service. */
    @Test
    void p4_nothingIsLockedForAnApplicationRefusedOtherwise() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2026.1"))
                .expectException(rejection(409, "renewal.terms-outdated"));
        scenario.at(japan("2027-06-01T00:00:00"), DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"));
        scenario.at(APRIL_10, DEFAULTS).given(paidRenewalApplied())
                .when(APPLY)
                .expectException(rejection(409, "renewal.already-applied"));

        assertThat(scenario.lock.requests()).isEmpty();
    }
}
