package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.RenewalTestData;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.FY2027;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.APPLY;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.TEN;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.japan;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.stored;

/** Rules A1 and Q5: applications are accepted only within the window in force, default or set by an operator. */
class RenewalApplicationWindowTest {

    private final ApplicationScenario scenario = new ApplicationScenario();

    @Test
    void a1_refusesOutsideWindow() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(japan("2027-06-01T00:00:00"), DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"))
                .expectExceptionMessage("2027年度の資格更新は受付期間外です（受付期間: 2027年4月1日 0:00 ～ "
                        + "2027年5月31日 24:00（日本時間））。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesBeforeTheWindowOpens() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(japan("2027-03-31T23:59:59"), DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"));
    }

    @Test
    void q5_extendedWindowToJune30AcceptsApplicationOnJune15() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        RenewalSettings extended = stored("2027-04-01T00:00:00+09:00", "2027-07-01T00:00:00+09:00", "22000",
                "2027.1");
        Instant june15 = japan("2027-06-15T10:00:00");
        scenario.at(june15, extended).givenNoPriorActivity()
                .when(APPLY)
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", june15, TEN, 1L, japan("2027-07-01T00:00:00")));
    }

    @Test
    void q5_withoutTheExtensionJune15IsClosed() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(japan("2027-06-15T10:00:00"), DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"))
                .expectNoEvents();
    }

    @Test
    void q5_windowOpeningAt13IsClosedAt12_59() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        RenewalSettings opensAt13 = stored("2027-04-01T13:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000",
                "2027.1");
        scenario.at(japan("2027-04-01T12:59:59"), opensAt13).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"))
                .expectExceptionMessage("2027年度の資格更新は受付期間外です（受付期間: 2027年4月1日 13:00 ～ "
                        + "2027年5月31日 24:00（日本時間））。")
                .expectNoEvents();
    }

    @Test
    void q5_windowOpeningAt13AcceptsAt13() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        RenewalSettings opensAt13 = stored("2027-04-01T13:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000",
                "2027.1");
        scenario.at(japan("2027-04-01T13:00:00"), opensAt13).givenNoPriorActivity()
                .when(APPLY)
                .expectSuccessfulHandlerExecution();
    }
}
