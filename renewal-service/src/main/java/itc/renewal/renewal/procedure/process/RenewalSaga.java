package itc.renewal.renewal.procedure.process;

import itc.renewal.renewal.procedure.api.CompleteRenewalCommand;
import itc.renewal.renewal.procedure.api.FeePaymentRecordedEvent;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.api.ReportSubmissionRecordedEvent;
import itc.renewal.renewal.procedure.domain.RenewalDeadlines;
import itc.renewal.renewal.procedure.domain.RenewalProgress;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

/**
 * The renewal process of one holder and fiscal year (rule C1), associated by {@code renewalId}.
 * Starts on {@link RenewalAppliedEvent}; records the fee payment and the activity report in either
 * order (a waived fee counts as settled from the start) and, once both are there, asks the
 * {@code Renewal} to complete. It owns the renewal's deadlines (C2 reminders, C3 lapse), kept durable in
 * {@link RenewalDeadlines} rather than in the saga, and ends with {@link RenewalCompletedEvent} (cancelling
 * them) or {@link RenewalLapsedEvent}. Only process state lives here; the completion rule itself is
 * {@link RenewalProgress}, and what a reminder or lapse does is the aggregate's decision.
 * <p>
 * Serialized with Jackson, hence the bean accessors; collaborators come as handler parameters.
 */
@Saga
public class RenewalSaga {

    private static final String RENEWAL_ID = "renewalId";

    private String renewalId;
    private RenewalProgress progress;

    @StartSaga
    @SagaEventHandler(associationProperty = RENEWAL_ID)
    public void on(RenewalAppliedEvent event, DeadlinePlanner planner, RenewalDeadlines deadlines) {
        renewalId = event.renewalId();
        progress = RenewalProgress.applied(event.feeWaived());
        planner.planFor(event.fiscalYear(), event.appliedAt())
                .forEach(deadline -> deadlines.schedule(renewalId, deadline.kind(), deadline.dueAt(), deadline.label()));
    }

    @SagaEventHandler(associationProperty = RENEWAL_ID)
    public void on(FeePaymentRecordedEvent event, CommandGateway commands) {
        progress = progress.withFeePaid();
        completeWhenReady(commands);
    }

    @SagaEventHandler(associationProperty = RENEWAL_ID)
    public void on(ReportSubmissionRecordedEvent event, CommandGateway commands) {
        progress = progress.withReportSubmitted();
        completeWhenReady(commands);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = RENEWAL_ID)
    public void on(RenewalCompletedEvent event, RenewalDeadlines deadlines) {
        deadlines.cancelAll(renewalId);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = RENEWAL_ID)
    public void on(RenewalLapsedEvent event, RenewalDeadlines deadlines) {
        // the lapse was the last deadline; a reminder left over (e.g. a shortened window) must not fire
        deadlines.cancelAll(renewalId);
    }

    // sendAndWait: a failure propagates, so the saga's processor retries the event instead of
    // leaving a finished renewal incomplete. Completing twice is a no-op in the aggregate.
    private void completeWhenReady(CommandGateway commands) {
        if (progress.readyToComplete()) {
            commands.sendAndWait(new CompleteRenewalCommand(renewalId));
        }
    }

    public String getRenewalId() {
        return renewalId;
    }

    public void setRenewalId(String renewalId) {
        this.renewalId = renewalId;
    }

    public RenewalProgress getProgress() {
        return progress;
    }

    public void setProgress(RenewalProgress progress) {
        this.progress = progress;
    }
}
