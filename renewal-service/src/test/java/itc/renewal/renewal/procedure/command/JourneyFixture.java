package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.api.CertificateHolder;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.LocalDate;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.InMemoryCountedPoints;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.POLICY;
import static itc.renewal.renewal.procedure.RenewalTestData.WINDOW_CLOSES;
import static itc.renewal.renewal.procedure.RenewalTestData.certificate;
import static itc.renewal.renewal.procedure.RenewalTestData.clockAt;
import static itc.renewal.renewal.procedure.RenewalTestData.firstRenewalHolder;
import static itc.renewal.renewal.procedure.RenewalTestData.holders;
import static itc.renewal.renewal.procedure.RenewalTestData.journeyPointsLock;
import static itc.renewal.renewal.procedure.RenewalTestData.payingHolder;

/** The {@link Renewal} aggregate with every command handler of the feature, as the demo journey has them. */
final class JourneyFixture {

    /** The certificate data (C4) of the paying holder, certified in March 2016. */
    static final CertificateHolder PAYING_CERTIFICATE = certificate("2016-03");

    private JourneyFixture() {
    }

    /** Both demo holders, enough FY2026 points for each, the default settings; business time 10 April 2027. */
    static AggregateTestFixture<Renewal> onApril10() {
        AggregateTestFixture<Renewal> fixture = new AggregateTestFixture<>(Renewal.class);
        fixture.registerAnnotatedCommandHandler(new RenewalApplicationHandler(fixture.getRepository(),
                FixtureAppliedRenewals.of(fixture), holders(payingHolder(), firstRenewalHolder()),
                new InMemoryCountedPoints(), journeyPointsLock(), DEFAULTS, POLICY.points(), clockAt(APRIL_10)));
        fixture.registerAnnotatedCommandHandler(new RenewalCompletionHandler(fixture.getRepository(),
                holders(payingHolder(), firstRenewalHolder()), clockAt(APRIL_10)));
        fixture.registerAnnotatedCommandHandler(new RenewalDeadlineHandler(fixture.getRepository(),
                FixtureAppliedRenewals.of(fixture), holders(payingHolder(), firstRenewalHolder()), DEFAULTS,
                clockAt(APRIL_10)));
        return fixture;
    }

    /** The paying holder's applied FY2027 renewal, lapsed when the window closed (C3). */
    static RenewalLapsedEvent lapsed() {
        return new RenewalLapsedEvent(PAYING_RENEWAL, PAYING, 2027, LocalDate.of(2027, 5, 31), WINDOW_CLOSES, true);
    }
}
