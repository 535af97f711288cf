package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.RenewalTestData;
import itc.renewal.renewal.procedure.api.ApplyForRenewalCommand;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.FIRST_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.FREE_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.FY2027;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.APPLY;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.TEN;
import static itc.renewal.renewal.procedure.command.ApplicationScenario.stored;

/** Rules Q4 and A2: the fee and the terms version an application records, from the settings in force. */
class RenewalFeeAndTermsTest {

    private final ApplicationScenario scenario = new ApplicationScenario();

    @Test
    void q4_firstRenewalIsFree() {
        JourneyFixture.onApril10().givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(FIRST_RENEWAL, 2027, "2027.1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RenewalAppliedEvent(FREE_RENEWAL, FIRST_RENEWAL, 2027, BigDecimal.ZERO, true,
                        "2027.1", APRIL_10, new BigDecimal("12.5"), 2L, RenewalTestData.standardWindowEnd(2027)));
    }

    @Test
    void q4_otherRenewalsCost22000() {
        JourneyFixture.onApril10().givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2027.1"))
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", APRIL_10, new BigDecimal("10"), 1L, RenewalTestData.standardWindowEnd(2027)));
    }

    @Test
    void q4_a2_recordsTheFeeAndTermsVersionOfTheStoredSettings() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        RenewalSettings changed = stored("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "24200",
                "2027.2");
        scenario.at(APRIL_10, changed).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2027.2"))
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("24200"), false,
                        "2027.2", APRIL_10, TEN, 1L, RenewalTestData.standardWindowEnd(2027)));
    }

    @Test
    void q4_aFeeConfiguredAsZeroIsWaived() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, stored("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "0", "2027.1"))
                .givenNoPriorActivity()
                .when(APPLY)
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, BigDecimal.ZERO, true, "2027.1",
                        APRIL_10, TEN, 1L, RenewalTestData.standardWindowEnd(2027)));
    }

    @Test
    void a2_termsChangedByTheOperatorRefuseTheOldVersion() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, stored("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000", "2027.2"))
                .givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.terms-outdated"))
                .expectNoEvents();
    }

    @Test
    void a2_refusesOutdatedTerms() {
        scenario.lock.with(PAYING, FY2027.previous(), "10", 1);
        scenario.at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2026.1"))
                .expectException(rejection(409, "renewal.terms-outdated"))
                .expectNoEvents();
    }
}
