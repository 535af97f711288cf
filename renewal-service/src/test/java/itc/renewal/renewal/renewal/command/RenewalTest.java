package itc.renewal.renewal.renewal.command;

import itc.renewal.renewal.renewal.api.ApplyForRenewalCommand;
import itc.renewal.renewal.renewal.api.CertificateHolder;
import itc.renewal.renewal.renewal.api.CompleteRenewalCommand;
import itc.renewal.renewal.renewal.api.LapseRenewalCommand;
import itc.renewal.renewal.renewal.api.RecordFeePaymentCommand;
import itc.renewal.renewal.renewal.api.RecordReportSubmissionCommand;
import itc.renewal.renewal.renewal.api.RenewalAppliedEvent;
import itc.renewal.renewal.renewal.api.RenewalCompletedEvent;
import itc.renewal.renewal.renewal.api.RenewalLapsedEvent;
import itc.renewal.renewal.renewal.api.RenewalReminderDueEvent;
import itc.renewal.renewal.renewal.api.RenewalStep;
import itc.renewal.renewal.renewal.api.SendRenewalReminderCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static itc.renewal.renewal.renewal.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.renewal.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.renewal.RenewalTestData.FIRST_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.FREE_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.InMemoryCountedPoints;
import static itc.renewal.renewal.renewal.RenewalTestData.PAID_AT;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.POLICY;
import static itc.renewal.renewal.renewal.RenewalTestData.REPORTED_AT;
import static itc.renewal.renewal.renewal.RenewalTestData.certificate;
import static itc.renewal.renewal.renewal.RenewalTestData.clockAt;
import static itc.renewal.renewal.renewal.RenewalTestData.feePaymentRecorded;
import static itc.renewal.renewal.renewal.RenewalTestData.firstRenewalHolder;
import static itc.renewal.renewal.renewal.RenewalTestData.freeRenewalApplied;
import static itc.renewal.renewal.renewal.RenewalTestData.holders;
import static itc.renewal.renewal.renewal.RenewalTestData.journeyPointsLock;
import static itc.renewal.renewal.renewal.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.renewal.RenewalTestData.payingHolder;
import static itc.renewal.renewal.renewal.RenewalTestData.rejection;
import static itc.renewal.renewal.renewal.RenewalTestData.renewalCompleted;
import static itc.renewal.renewal.renewal.RenewalTestData.reportRecorded;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

class RenewalTest {

    private static final CertificateHolder PAYING_CERTIFICATE = certificate("2016-03");
    private static final Instant WINDOW_CLOSES = OffsetDateTime.parse("2027-06-01T00:00:00+09:00").toInstant();
    private static final Instant FOURTEEN_DAYS_BEFORE = OffsetDateTime.parse("2027-05-18T00:00:00+09:00").toInstant();

    private AggregateTestFixture<Renewal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Renewal.class);
        fixture.registerAnnotatedCommandHandler(new RenewalApplicationHandler(fixture.getRepository(),
                FixtureAppliedRenewals.of(fixture), holders(payingHolder(), firstRenewalHolder()),
                new InMemoryCountedPoints(), journeyPointsLock(), DEFAULTS, POLICY.points(), clockAt(APRIL_10)));
        fixture.registerAnnotatedCommandHandler(new RenewalCompletionHandler(fixture.getRepository(),
                holders(payingHolder(), firstRenewalHolder()), clockAt(APRIL_10)));
        fixture.registerAnnotatedCommandHandler(new RenewalDeadlineHandler(fixture.getRepository(),
                FixtureAppliedRenewals.of(fixture), holders(payingHolder(), firstRenewalHolder()), DEFAULTS,
                clockAt(APRIL_10)));
    }

    @Test
    void q4_firstRenewalIsFree() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(FIRST_RENEWAL, 2027, "2027.1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RenewalAppliedEvent(FREE_RENEWAL, FIRST_RENEWAL, 2027, BigDecimal.ZERO, true,
                        "2027.1", APRIL_10, new BigDecimal("12.5"), 2L));
    }

    @Test
    void q4_otherRenewalsCost22000() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2027.1"))
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", APRIL_10, new BigDecimal("10"), 1L));
    }

    @Test
    void c1_recordsFeePayment() {
        fixture.given(paidRenewalApplied())
                .when(new RecordFeePaymentCommand(PAYING_RENEWAL, new BigDecimal("22000"), "CARD", PAID_AT))
                .expectEvents(feePaymentRecorded());
    }

    @Test
    void c1_completesWhenPaidThenReported() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded(), reportRecorded(PAYING_RENEWAL, PAYING))
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectEvents(renewalCompleted(PAYING_RENEWAL, PAYING, PAYING_CERTIFICATE));
    }

    @Test
    void c1_completesWhenReportedThenPaid() {
        fixture.given(paidRenewalApplied(), reportRecorded(PAYING_RENEWAL, PAYING), feePaymentRecorded())
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectEvents(renewalCompleted(PAYING_RENEWAL, PAYING, PAYING_CERTIFICATE));
    }

    @Test
    void c1_waivedFeeCompletesWithTheReportAlone() {
        fixture.given(freeRenewalApplied(), reportRecorded(FREE_RENEWAL, FIRST_RENEWAL))
                .when(new CompleteRenewalCommand(FREE_RENEWAL))
                .expectEvents(renewalCompleted(FREE_RENEWAL, FIRST_RENEWAL, certificate("2026-10")));
    }

    @Test
    void c1_refusesCompletionWithoutTheReport() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded())
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectException(rejection(409, "renewal.incomplete"))
                .expectExceptionMessage("資格更新の手続きが完了していません（未完了: 実務活動報告書の提出）。")
                .expectNoEvents();
    }

    @Test
    void c1_duplicatePaymentIsHarmless() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded())
                .when(new RecordFeePaymentCommand(PAYING_RENEWAL, new BigDecimal("22000"), "CARD", PAID_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c1_duplicateReportIsHarmless() {
        fixture.given(paidRenewalApplied(), reportRecorded(PAYING_RENEWAL, PAYING))
                .when(new RecordReportSubmissionCommand(PAYING_RENEWAL, "2027.1", REPORTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c1_paymentForAWaivedFeeRecordsNothing() {
        fixture.given(freeRenewalApplied())
                .when(new RecordFeePaymentCommand(FREE_RENEWAL, BigDecimal.ZERO, "CARD", PAID_AT))
                .expectNoEvents();
    }

    @Test
    void c1_completingTwiceProducesNothing() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded(), reportRecorded(PAYING_RENEWAL, PAYING),
                        renewalCompleted(PAYING_RENEWAL, PAYING, PAYING_CERTIFICATE))
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** C4: the certificate data is the registry's at completion, carried by the event for the relay. */
    @Test
    void c4_completionCapturesTheHoldersCertificateData() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded(), reportRecorded(PAYING_RENEWAL, PAYING))
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(certificateData(new CertificateHolder(
                        "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp", "0000002001C", "2016-03")), andNoMore())));
    }

    /** C1 before C4: a holder gone from the registry does not keep a finished renewal incomplete. */
    @Test
    void c4_completesWithoutCertificateDataWhenTheHolderIsNotRegistered() {
        String unregistered = "M0000404";
        String renewal = "2027-" + unregistered;
        fixture.given(new RenewalAppliedEvent(renewal, unregistered, 2027, BigDecimal.ZERO, true, "2027.1", APRIL_10,
                                new BigDecimal("10"), null),
                        reportRecorded(renewal, unregistered))
                .when(new CompleteRenewalCommand(renewal))
                .expectEvents(renewalCompleted(renewal, unregistered, null));
    }

    @Test
    void c1_completingAnUnknownRenewalFails() {
        fixture.givenNoPriorActivity()
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    /** The seed's sample: the FY2017 renewal gives 資格有効期限 2018-05-31. */
    @Test
    void q2_newExpiryIsMay31OfNextYear() {
        String renewal2017 = "2017-" + PAYING;
        fixture.given(new RenewalAppliedEvent(renewal2017, PAYING, 2017, new BigDecimal("22000"), false, "2017.1",
                                APRIL_10, null, null),
                        reportRecorded(renewal2017, PAYING))
                .andGivenCommands(new RecordFeePaymentCommand(renewal2017, new BigDecimal("22000"), "CARD", PAID_AT))
                .when(new CompleteRenewalCommand(renewal2017))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(newExpiry(LocalDate.of(2018, 5, 31)),
                        andNoMore())));
    }

    @Test
    void c2_reminderNamesMissingSteps() {
        fixture.given(paidRenewalApplied())
                .when(new SendRenewalReminderCommand(PAYING_RENEWAL, "14-days", FOURTEEN_DAYS_BEFORE))
                .expectEvents(new RenewalReminderDueEvent(PAYING_RENEWAL, PAYING, 2027,
                        List.of(RenewalStep.FEE_PAYMENT, RenewalStep.ACTIVITY_REPORT), "14-days", FOURTEEN_DAYS_BEFORE,
                        WINDOW_CLOSES));
    }

    @Test
    void c2_reminderNamesOnlyWhatIsStillMissing() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded())
                .when(new SendRenewalReminderCommand(PAYING_RENEWAL, "14-days", FOURTEEN_DAYS_BEFORE))
                .expectEvents(new RenewalReminderDueEvent(PAYING_RENEWAL, PAYING, 2027,
                        List.of(RenewalStep.ACTIVITY_REPORT), "14-days", FOURTEEN_DAYS_BEFORE, WINDOW_CLOSES));
    }

    @Test
    void c2_noReminderAfterCompletion() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded(), reportRecorded(PAYING_RENEWAL, PAYING),
                        renewalCompleted(PAYING_RENEWAL, PAYING, PAYING_CERTIFICATE))
                .when(new SendRenewalReminderCommand(PAYING_RENEWAL, "14-days", FOURTEEN_DAYS_BEFORE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c2_noReminderOnceTheWindowHasClosed() {
        AggregateTestFixture<Renewal> late = new AggregateTestFixture<>(Renewal.class);
        late.registerAnnotatedCommandHandler(new RenewalDeadlineHandler(late.getRepository(),
                FixtureAppliedRenewals.of(late), holders(payingHolder()), DEFAULTS,
                clockAt(WINDOW_CLOSES.plusSeconds(5))));
        late.given(paidRenewalApplied())
                .when(new SendRenewalReminderCommand(PAYING_RENEWAL, "3-days",
                        WINDOW_CLOSES.minus(Duration.ofDays(3))))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c2_aDuplicateReminderIsHarmless() {
        fixture.given(paidRenewalApplied(), new RenewalReminderDueEvent(PAYING_RENEWAL, PAYING, 2027,
                        List.of(RenewalStep.FEE_PAYMENT, RenewalStep.ACTIVITY_REPORT), "14-days", FOURTEEN_DAYS_BEFORE,
                        WINDOW_CLOSES))
                .when(new SendRenewalReminderCommand(PAYING_RENEWAL, "14-days", FOURTEEN_DAYS_BEFORE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** Q6: the qualification ends at its current expiry, 31 May 2027 for the demo holder. */
    @Test
    void c3_lapsesWhenIncompleteAtWindowEnd() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded())
                .when(new LapseRenewalCommand(PAYING_RENEWAL, WINDOW_CLOSES))
                .expectEvents(new RenewalLapsedEvent(PAYING_RENEWAL, PAYING, 2027, LocalDate.of(2027, 5, 31),
                        WINDOW_CLOSES, true));
    }

    @Test
    void c3_noLapseAfterCompletion() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded(), reportRecorded(PAYING_RENEWAL, PAYING),
                        renewalCompleted(PAYING_RENEWAL, PAYING, PAYING_CERTIFICATE))
                .when(new LapseRenewalCommand(PAYING_RENEWAL, WINDOW_CLOSES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c3_aDuplicateLapseIsHarmless() {
        fixture.given(paidRenewalApplied(), lapsed())
                .when(new LapseRenewalCommand(PAYING_RENEWAL, WINDOW_CLOSES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c2_noReminderAfterLapse() {
        fixture.given(paidRenewalApplied(), lapsed())
                .when(new SendRenewalReminderCommand(PAYING_RENEWAL, "3-days", FOURTEEN_DAYS_BEFORE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** Q6: steps recorded after the lapse (a late payment, a redelivered report) never complete it. */
    @Test
    void q6_noCompletionAfterLapse() {
        fixture.given(paidRenewalApplied(), lapsed(), feePaymentRecorded(), reportRecorded(PAYING_RENEWAL, PAYING))
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectException(rejection(409, "renewal.lapsed"))
                .expectExceptionMessage("2027年度の資格更新は、受付期間内に手続きが完了しなかったため失効しました。"
                        + "資格の再取得については協会にお問い合わせください。")
                .expectNoEvents();
    }

    private static RenewalLapsedEvent lapsed() {
        return new RenewalLapsedEvent(PAYING_RENEWAL, PAYING, 2027, LocalDate.of(2027, 5, 31), WINDOW_CLOSES, true);
    }

    private static Matcher<Object> certificateData(CertificateHolder expected) {
        return new FeatureMatcher<>(equalTo(expected), "a RenewalCompletedEvent with certificate", "certificate") {
            @Override
            protected CertificateHolder featureValueOf(Object event) {
                return ((RenewalCompletedEvent) event).certificate();
            }
        };
    }

    private static Matcher<Object> newExpiry(LocalDate expected) {
        return new FeatureMatcher<>(equalTo(expected), "a RenewalCompletedEvent with newExpiry", "newExpiry") {
            @Override
            protected LocalDate featureValueOf(Object event) {
                return ((RenewalCompletedEvent) event).newExpiry();
            }
        };
    }
}
