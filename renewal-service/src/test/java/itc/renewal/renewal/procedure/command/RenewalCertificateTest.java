package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.RenewalTestData;
import itc.renewal.renewal.procedure.api.CertificateHolder;
import itc.renewal.renewal.procedure.api.CompleteRenewalCommand;
import itc.renewal.renewal.procedure.api.RecordFeePaymentCommand;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.PAID_AT;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.feePaymentRecorded;
import static itc.renewal.renewal.procedure.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.procedure.RenewalTestData.renewalCompleted;
import static itc.renewal.renewal.procedure.RenewalTestData.reportRecorded;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

/** Rules C4 and Q2: what a completed renewal carries, the certificate data and the new 資格有効期限. */
class RenewalCertificateTest {

    private final AggregateTestFixture<Renewal> fixture = JourneyFixture.onApril10();

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
                                new BigDecimal("10"), null, RenewalTestData.standardWindowEnd(2027)),
                        reportRecorded(renewal, unregistered))
                .when(new CompleteRenewalCommand(renewal))
                .expectEvents(renewalCompleted(renewal, unregistered, null));
    }

    /** The seed's sample: the FY2017 renewal gives 資格有効期限 2018-05-31. */
    @Test
    void q2_newExpiryIsMay31OfNextYear() {
        String renewal2017 = "2017-" + PAYING;
        fixture.given(new RenewalAppliedEvent(renewal2017, PAYING, 2017, new BigDecimal("22000"), false, "2017.1",
                                APRIL_10, null, null, RenewalTestData.standardWindowEnd(2017)),
                        reportRecorded(renewal2017, PAYING))
                .andGivenCommands(new RecordFeePaymentCommand(renewal2017, new BigDecimal("22000"), "CARD", PAID_AT))
                .when(new CompleteRenewalCommand(renewal2017))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(newExpiry(LocalDate.of(2018, 5, 31)),
                        andNoMore())));
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
