package itc.renewal.renewal.renewal.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.renewal.renewal.api.CompleteRenewalCommand;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static itc.renewal.renewal.renewal.RenewalTestData.FIRST_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.FREE_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.certificate;
import static itc.renewal.renewal.renewal.RenewalTestData.feePaymentRecorded;
import static itc.renewal.renewal.renewal.RenewalTestData.freeRenewalApplied;
import static itc.renewal.renewal.renewal.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.renewal.RenewalTestData.renewalCompleted;
import static itc.renewal.renewal.renewal.RenewalTestData.reportRecorded;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalSagaTest {

    private SagaTestFixture<RenewalSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RenewalSaga.class);
    }

    @Test
    void c1_startsOnApplicationAndWaits() {
        fixture.givenNoPriorActivity()
                .whenAggregate(PAYING_RENEWAL).publishes(paidRenewalApplied())
                .expectActiveSagas(1)
                .expectAssociationWith("renewalId", PAYING_RENEWAL)
                .expectNoDispatchedCommands();
    }

    @Test
    void c1_paymentAloneDoesNotComplete() {
        fixture.givenAggregate(PAYING_RENEWAL).published(paidRenewalApplied())
                .whenAggregate(PAYING_RENEWAL).publishes(feePaymentRecorded())
                .expectNoDispatchedCommands();
    }

    @Test
    void c1_completesWhenPaidThenReported() {
        fixture.givenAggregate(PAYING_RENEWAL).published(paidRenewalApplied(), feePaymentRecorded())
                .whenAggregate(PAYING_RENEWAL).publishes(reportRecorded(PAYING_RENEWAL, PAYING))
                .expectDispatchedCommands(new CompleteRenewalCommand(PAYING_RENEWAL));
    }

    @Test
    void c1_completesWhenReportedThenPaid() {
        fixture.givenAggregate(PAYING_RENEWAL).published(paidRenewalApplied(), reportRecorded(PAYING_RENEWAL, PAYING))
                .whenAggregate(PAYING_RENEWAL).publishes(feePaymentRecorded())
                .expectDispatchedCommands(new CompleteRenewalCommand(PAYING_RENEWAL));
    }

    @Test
    void c1_waivedFeeNeedsOnlyTheReport() {
        fixture.givenAggregate(FREE_RENEWAL).published(freeRenewalApplied())
                .whenAggregate(FREE_RENEWAL).publishes(reportRecorded(FREE_RENEWAL, FIRST_RENEWAL))
                .expectDispatchedCommands(new CompleteRenewalCommand(FREE_RENEWAL));
    }

    @Test
    void c1_endsOnCompletion() {
        fixture.givenAggregate(PAYING_RENEWAL).published(paidRenewalApplied(), feePaymentRecorded(),
                        reportRecorded(PAYING_RENEWAL, PAYING))
                .whenAggregate(PAYING_RENEWAL).publishes(renewalCompleted(PAYING_RENEWAL, PAYING, certificate("2016-03")))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void c1_otherRenewalsDoNotAdvanceThisOne() {
        fixture.givenAggregate(PAYING_RENEWAL).published(paidRenewalApplied(), feePaymentRecorded())
                .whenAggregate(FREE_RENEWAL).publishes(reportRecorded(FREE_RENEWAL, FIRST_RENEWAL))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands();
    }

    /** The saga store keeps the saga as Jackson JSON (axon.serializer.general=jackson). */
    @Test
    void c1_progressSurvivesTheSagaStore() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        RenewalSaga saga = new RenewalSaga();
        saga.on(paidRenewalApplied());

        RenewalSaga restored = json.readValue(json.writeValueAsBytes(saga), RenewalSaga.class);

        assertThat(restored.getRenewalId()).isEqualTo(PAYING_RENEWAL);
        assertThat(restored.getProgress()).isEqualTo(saga.getProgress());
    }
}
