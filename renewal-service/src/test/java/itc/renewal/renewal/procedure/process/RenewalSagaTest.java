package itc.renewal.renewal.procedure.process;

import itc.renewal.renewal.procedure.RenewalTestData;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.renewal.procedure.api.CompleteRenewalCommand;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.domain.DeadlineKind;
import itc.renewal.renewal.procedure.domain.RenewalDeadlines;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.FIRST_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.FREE_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.certificate;
import static itc.renewal.renewal.procedure.RenewalTestData.feePaymentRecorded;
import static itc.renewal.renewal.procedure.RenewalTestData.freeRenewalApplied;
import static itc.renewal.renewal.procedure.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.procedure.RenewalTestData.renewalCompleted;
import static itc.renewal.renewal.procedure.RenewalTestData.reportRecorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class RenewalSagaTest {

    private static final Instant WINDOW_CLOSES = japan("2027-06-01T00:00");
    private static final DeadlinePlanner PLANNER = new DeadlinePlanner(DEFAULTS,
            List.of(Duration.ofDays(14), Duration.ofDays(3)));

    private SagaTestFixture<RenewalSaga> fixture;
    private final RenewalDeadlines deadlines = mock(RenewalDeadlines.class);

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RenewalSaga.class);
        fixture.registerResource(PLANNER);
        fixture.registerResource(deadlines);
    }

    /** C2, C3: 14 and 3 days before the default window's exclusive end (1 June 00:00 JST), and the end itself. */
    @Test
    void c2_c3_schedulesRemindersAndTheLapseOnApplication() {
        fixture.givenNoPriorActivity()
                .whenAggregate(PAYING_RENEWAL).publishes(paidRenewalApplied())
                .expectActiveSagas(1);

        verify(deadlines).schedule(PAYING_RENEWAL, DeadlineKind.REMINDER, japan("2027-05-18T00:00"), "14-days");
        verify(deadlines).schedule(PAYING_RENEWAL, DeadlineKind.REMINDER, japan("2027-05-29T00:00"), "3-days");
        verify(deadlines).schedule(PAYING_RENEWAL, DeadlineKind.LAPSE, WINDOW_CLOSES, "window-end");
        verifyNoMoreInteractions(deadlines);
    }

    /** C2: a reminder already past at application is not scheduled; the lapse always is. */
    @Test
    void c2_aReminderAlreadyPastAtApplicationIsLeftOut() {
        RenewalAppliedEvent late = new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"),
                false, "2027.1", japan("2027-05-20T10:00"), new BigDecimal("10"), 1L, RenewalTestData.standardWindowEnd(2027));

        fixture.givenNoPriorActivity()
                .whenAggregate(PAYING_RENEWAL).publishes(late);

        verify(deadlines).schedule(PAYING_RENEWAL, DeadlineKind.REMINDER, japan("2027-05-29T00:00"), "3-days");
        verify(deadlines).schedule(PAYING_RENEWAL, DeadlineKind.LAPSE, WINDOW_CLOSES, "window-end");
        verify(deadlines, never()).schedule(any(), any(), any(), eq("14-days"));
    }

    @Test
    void c1_completionCancelsTheDeadlines() {
        fixture.givenAggregate(PAYING_RENEWAL).published(paidRenewalApplied(), feePaymentRecorded(),
                        reportRecorded(PAYING_RENEWAL, PAYING))
                .whenAggregate(PAYING_RENEWAL).publishes(renewalCompleted(PAYING_RENEWAL, PAYING, certificate("2016-03")))
                .expectActiveSagas(0);

        verify(deadlines).cancelAll(PAYING_RENEWAL);
    }

    @Test
    void c3_endsOnLapse() {
        fixture.givenAggregate(PAYING_RENEWAL).published(paidRenewalApplied())
                .whenAggregate(PAYING_RENEWAL).publishes(new RenewalLapsedEvent(PAYING_RENEWAL, PAYING, 2027,
                        LocalDate.of(2027, 5, 31), WINDOW_CLOSES, true))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    /** Q6: once lapsed, a late payment and report find no saga and complete nothing. */
    @Test
    void q6_noCompletionAfterLapse() {
        fixture.givenAggregate(PAYING_RENEWAL).published(paidRenewalApplied(), new RenewalLapsedEvent(PAYING_RENEWAL,
                        PAYING, 2027, LocalDate.of(2027, 5, 31), WINDOW_CLOSES, true), feePaymentRecorded())
                .whenAggregate(PAYING_RENEWAL).publishes(reportRecorded(PAYING_RENEWAL, PAYING))
                .expectNoDispatchedCommands();
    }

    private static Instant japan(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
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
        saga.on(paidRenewalApplied(), PLANNER, mock(RenewalDeadlines.class));

        RenewalSaga restored = json.readValue(json.writeValueAsBytes(saga), RenewalSaga.class);

        assertThat(restored.getRenewalId()).isEqualTo(PAYING_RENEWAL);
        assertThat(restored.getProgress()).isEqualTo(saga.getProgress());
    }
}
