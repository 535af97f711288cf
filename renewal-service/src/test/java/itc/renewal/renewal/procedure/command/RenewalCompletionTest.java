package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.api.CompleteRenewalCommand;
import itc.renewal.renewal.procedure.api.RecordFeePaymentCommand;
import itc.renewal.renewal.procedure.api.RecordReportSubmissionCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.renewal.procedure.RenewalTestData.FIRST_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.FREE_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.PAID_AT;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.REPORTED_AT;
import static itc.renewal.renewal.procedure.RenewalTestData.certificate;
import static itc.renewal.renewal.procedure.RenewalTestData.feePaymentRecorded;
import static itc.renewal.renewal.procedure.RenewalTestData.freeRenewalApplied;
import static itc.renewal.renewal.procedure.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.procedure.RenewalTestData.renewalCompleted;
import static itc.renewal.renewal.procedure.RenewalTestData.reportRecorded;
import static itc.renewal.renewal.procedure.command.JourneyFixture.PAYING_CERTIFICATE;

/** Rule C1: an applied renewal completes once its fee is settled and its report submitted, in either order. */
class RenewalCompletionTest {

    private final AggregateTestFixture<Renewal> fixture = JourneyFixture.onApril10();

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

    @Test
    void c1_completingAnUnknownRenewalFails() {
        fixture.givenNoPriorActivity()
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
