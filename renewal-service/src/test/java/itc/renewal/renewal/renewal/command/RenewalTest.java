package itc.renewal.renewal.renewal.command;

import itc.renewal.renewal.renewal.api.ApplyForRenewalCommand;
import itc.renewal.renewal.renewal.api.CompleteRenewalCommand;
import itc.renewal.renewal.renewal.api.RecordFeePaymentCommand;
import itc.renewal.renewal.renewal.api.RecordReportSubmissionCommand;
import itc.renewal.renewal.renewal.api.RenewalAppliedEvent;
import itc.renewal.renewal.renewal.api.RenewalCompletedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.renewal.renewal.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.renewal.RenewalTestData.FIRST_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.FREE_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.FY2027;
import static itc.renewal.renewal.renewal.RenewalTestData.InMemoryCountedPoints;
import static itc.renewal.renewal.renewal.RenewalTestData.PAID_AT;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.POLICY;
import static itc.renewal.renewal.renewal.RenewalTestData.REPORTED_AT;
import static itc.renewal.renewal.renewal.RenewalTestData.clockAt;
import static itc.renewal.renewal.renewal.RenewalTestData.feePaymentRecorded;
import static itc.renewal.renewal.renewal.RenewalTestData.firstRenewalHolder;
import static itc.renewal.renewal.renewal.RenewalTestData.freeRenewalApplied;
import static itc.renewal.renewal.renewal.RenewalTestData.holders;
import static itc.renewal.renewal.renewal.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.renewal.RenewalTestData.payingHolder;
import static itc.renewal.renewal.renewal.RenewalTestData.rejection;
import static itc.renewal.renewal.renewal.RenewalTestData.reportRecorded;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

class RenewalTest {

    private static final LocalDate MAY_31_2028 = LocalDate.of(2028, 5, 31);

    private AggregateTestFixture<Renewal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Renewal.class);
        fixture.registerInjectableResource(clockAt(APRIL_10));
        InMemoryCountedPoints points = new InMemoryCountedPoints()
                .with(PAYING, FY2027.previous(), "10")
                .with(FIRST_RENEWAL, FY2027.previous(), "12.5");
        fixture.registerAnnotatedCommandHandler(new RenewalApplicationHandler(fixture.getRepository(), FixtureAppliedRenewals.of(fixture),
                holders(payingHolder(), firstRenewalHolder()), points, POLICY, clockAt(APRIL_10)));
    }

    @Test
    void q4_firstRenewalIsFree() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(FIRST_RENEWAL, 2027, "2027.1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RenewalAppliedEvent(FREE_RENEWAL, FIRST_RENEWAL, 2027, BigDecimal.ZERO, true,
                        "2027.1", APRIL_10));
    }

    @Test
    void q4_otherRenewalsCost22000() {
        fixture.givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2027.1"))
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", APRIL_10));
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
                .expectEvents(new RenewalCompletedEvent(PAYING_RENEWAL, PAYING, 2027, MAY_31_2028, APRIL_10));
    }

    @Test
    void c1_completesWhenReportedThenPaid() {
        fixture.given(paidRenewalApplied(), reportRecorded(PAYING_RENEWAL, PAYING), feePaymentRecorded())
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectEvents(new RenewalCompletedEvent(PAYING_RENEWAL, PAYING, 2027, MAY_31_2028, APRIL_10));
    }

    @Test
    void c1_waivedFeeCompletesWithTheReportAlone() {
        fixture.given(freeRenewalApplied(), reportRecorded(FREE_RENEWAL, FIRST_RENEWAL))
                .when(new CompleteRenewalCommand(FREE_RENEWAL))
                .expectEvents(new RenewalCompletedEvent(FREE_RENEWAL, FIRST_RENEWAL, 2027, MAY_31_2028, APRIL_10));
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
                        new RenewalCompletedEvent(PAYING_RENEWAL, PAYING, 2027, MAY_31_2028, APRIL_10))
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** The seed's sample: the FY2017 renewal gives 資格有効期限 2018-05-31. */
    @Test
    void q2_newExpiryIsMay31OfNextYear() {
        String renewal2017 = "2017-" + PAYING;
        fixture.given(new RenewalAppliedEvent(renewal2017, PAYING, 2017, new BigDecimal("22000"), false, "2017.1",
                                APRIL_10),
                        reportRecorded(renewal2017, PAYING))
                .andGivenCommands(new RecordFeePaymentCommand(renewal2017, new BigDecimal("22000"), "CARD", PAID_AT))
                .when(new CompleteRenewalCommand(renewal2017))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(newExpiry(LocalDate.of(2018, 5, 31)),
                        andNoMore())));
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
