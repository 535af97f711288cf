package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.api.RenewalReminderDueEvent;
import itc.renewal.renewal.procedure.api.RenewalStep;
import itc.renewal.renewal.procedure.api.SendRenewalReminderCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.FOURTEEN_DAYS_BEFORE;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.WINDOW_CLOSES;
import static itc.renewal.renewal.procedure.RenewalTestData.clockAt;
import static itc.renewal.renewal.procedure.RenewalTestData.feePaymentRecorded;
import static itc.renewal.renewal.procedure.RenewalTestData.holders;
import static itc.renewal.renewal.procedure.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.procedure.RenewalTestData.payingHolder;
import static itc.renewal.renewal.procedure.RenewalTestData.renewalCompleted;
import static itc.renewal.renewal.procedure.RenewalTestData.reportRecorded;
import static itc.renewal.renewal.procedure.command.JourneyFixture.PAYING_CERTIFICATE;
import static itc.renewal.renewal.procedure.command.JourneyFixture.lapsed;

/** Rule C2: a reminder names the steps still missing, and only while the renewal is open. */
class RenewalReminderTest {

    private final AggregateTestFixture<Renewal> fixture = JourneyFixture.onApril10();

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

    @Test
    void c2_noReminderAfterLapse() {
        fixture.given(paidRenewalApplied(), lapsed())
                .when(new SendRenewalReminderCommand(PAYING_RENEWAL, "3-days", FOURTEEN_DAYS_BEFORE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
