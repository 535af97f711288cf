package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.api.CompleteRenewalCommand;
import itc.renewal.renewal.procedure.api.LapseRenewalCommand;
import itc.renewal.renewal.procedure.api.LapseUnappliedRenewalCommand;
import itc.renewal.renewal.procedure.api.RecordFeePaymentCommand;
import itc.renewal.renewal.procedure.api.RecordReportSubmissionCommand;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.api.SendRenewalReminderCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.PAID_AT;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.REPORTED_AT;
import static itc.renewal.renewal.procedure.RenewalTestData.clockAt;
import static itc.renewal.renewal.procedure.RenewalTestData.holders;
import static itc.renewal.renewal.procedure.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.procedure.RenewalTestData.payingHolder;

/** Rules C3, Q6 for a holder who never applied: the renewal is created lapsed, once, and then takes nothing. */
class UnappliedRenewalLapseTest {

    private static final Instant WINDOW_CLOSES = OffsetDateTime.parse("2027-06-01T00:00:00+09:00").toInstant();
    private static final LocalDate EXPIRY = LocalDate.of(2027, 5, 31);
    private static final LapseUnappliedRenewalCommand LAPSE =
            new LapseUnappliedRenewalCommand(PAYING, 2027, EXPIRY, WINDOW_CLOSES);
    private static final RenewalLapsedEvent LAPSED =
            new RenewalLapsedEvent(PAYING_RENEWAL, PAYING, 2027, EXPIRY, WINDOW_CLOSES, false);

    private AggregateTestFixture<Renewal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Renewal.class);
        fixture.registerAnnotatedCommandHandler(new RenewalDeadlineHandler(fixture.getRepository(),
                FixtureAppliedRenewals.of(fixture), holders(payingHolder()), DEFAULTS, clockAt(WINDOW_CLOSES)));
        fixture.registerAnnotatedCommandHandler(new RenewalCompletionHandler(fixture.getRepository(),
                holders(payingHolder()), clockAt(WINDOW_CLOSES)));
    }

    @Test
    void c3_holderWhoNeverAppliedLapsesWithTheIdTheRenewalWouldHaveHad() {
        fixture.givenNoPriorActivity()
                .when(LAPSE)
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(true)
                .expectEvents(LAPSED);
    }

    @Test
    void c3_lapsingTwiceProducesNothing() {
        fixture.given(LAPSED)
                .when(LAPSE)
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    /** An applied renewal lapses by its own deadline, with what it knows, or completes. */
    @Test
    void c3_anAppliedRenewalIsLeftToItsOwnDeadline() {
        fixture.given(paidRenewalApplied())
                .when(LAPSE)
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void q6_aRenewalThatNeverAppliedTakesNoPayment() {
        fixture.given(LAPSED)
                .when(new RecordFeePaymentCommand(PAYING_RENEWAL, new BigDecimal("22000"), "CARD", PAID_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void q6_aRenewalThatNeverAppliedTakesNoReport() {
        fixture.given(LAPSED)
                .when(new RecordReportSubmissionCommand(PAYING_RENEWAL, "2027.1", REPORTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void q6_aRenewalThatNeverAppliedNeverCompletes() {
        fixture.given(LAPSED)
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectException(rejection(409, "renewal.lapsed"))
                .expectNoEvents();
    }

    @Test
    void c2_noReminderForARenewalThatNeverApplied() {
        fixture.given(LAPSED)
                .when(new SendRenewalReminderCommand(PAYING_RENEWAL, "3-days", WINDOW_CLOSES))
                .expectNoEvents();
    }

    @Test
    void c3_itsLapseDeadlineWouldChangeNothing() {
        fixture.given(LAPSED)
                .when(new LapseRenewalCommand(PAYING_RENEWAL, WINDOW_CLOSES))
                .expectNoEvents();
    }
}
