package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.RenewalTestData;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.api.ApplyForRenewalCommand;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.FY2027;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.APPLY;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.EXPIRED;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.NEW;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.TEN;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.japan;

/** Rule A1: who may apply for which fiscal year, once: a registered, unexpired holder due to renew. */
class RenewalApplicationEligibilityTest {

    private final ApplicationScenario scenario = new ApplicationScenario();

    @Test
    void a1_refusesSecondApplicationInSameYear() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, DEFAULTS).given(paidRenewalApplied())
                .when(APPLY)
                .expectException(rejection(409, "renewal.already-applied"))
                .expectExceptionMessage("2027年度の資格更新はすでに申請済みです。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesAnUnknownHolder() {
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand("M0000404", 2027, "2027.1"))
                .expectException(rejection(404, "qualification.not-found"))
                .expectNoEvents();
    }

    @Test
    void a1_refusesALapsedHolder() {
        scenario.lock.with("M0000099", FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand("M0000099", 2027, "2027.1"))
                .expectException(rejection(409, "renewal.qualification-lapsed"))
                .expectNoEvents();
    }

    @Test
    void a1_refusesAQualificationThatExpiredBeforeTheWindowOpens() {
        scenario.lock.with(EXPIRED, FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(EXPIRED, 2027, "2027.1"))
                .expectException(rejection(409, "renewal.qualification-lapsed"))
                .expectExceptionMessage("資格が失効しているため更新できません（資格有効期限: 2026年05月31日）。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesAFiscalYearBeforeTheFirstRenewal() {
        scenario.lock.with(NEW, FiscalYear.of(2025), "10", 1);
        scenario.at(japan("2026-05-01T10:00:00"), DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(NEW, 2026, "2027.1"))
                .expectException(rejection(409, "renewal.not-yet-renewable"))
                .expectExceptionMessage("2026年度は資格更新の対象ではありません（認定年月: 2026年4月、初回の資格更新は2027年度です）。")
                .expectNoEvents();
    }

    @Test
    void a1_acceptsTheFirstRenewalYear() {
        scenario.lock.with(NEW, FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(NEW, 2027, "2027.1"))
                .expectEvents(new RenewalAppliedEvent("2027-" + NEW, NEW, 2027, BigDecimal.ZERO, true, "2027.1",
                        APRIL_10, TEN, 1L, RenewalTestData.standardWindowEnd(2027)));
    }
}
