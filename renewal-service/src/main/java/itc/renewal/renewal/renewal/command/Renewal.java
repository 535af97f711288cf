package itc.renewal.renewal.renewal.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.renewal.qualification.api.Expiry;
import itc.renewal.renewal.renewal.api.CertificateHolder;
import itc.renewal.renewal.renewal.api.FeePaymentRecordedEvent;
import itc.renewal.renewal.renewal.api.RecordFeePaymentCommand;
import itc.renewal.renewal.renewal.api.RecordReportSubmissionCommand;
import itc.renewal.renewal.renewal.api.RenewalAppliedEvent;
import itc.renewal.renewal.renewal.api.RenewalCompletedEvent;
import itc.renewal.renewal.renewal.api.RenewalProgress;
import itc.renewal.renewal.renewal.api.RenewalStep;
import itc.renewal.renewal.renewal.api.ReportSubmissionRecordedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One holder's renewal of one fiscal year, id {@code <FY>-<memberId>}. Created by
 * {@link RenewalApplicationHandler} once rule A1 holds. Invariants: at most one per member and FY;
 * fee payment and report are each recorded once (repeats are no-ops, so redelivered Kafka events
 * are harmless); it completes only when applied + fee settled + report submitted (C1), exactly once.
 */
@Aggregate
class Renewal {

    @AggregateIdentifier
    private String renewalId;
    private String memberId;
    private int fiscalYear;
    private RenewalProgress progress;
    private boolean completed;

    Renewal() {
        // for event sourcing
    }

    Renewal(RenewalAppliedEvent applied) {
        apply(applied);
    }

    @CommandHandler
    void handle(RecordFeePaymentCommand command) {
        if (progress.feeSettled()) {
            return;
        }
        apply(new FeePaymentRecordedEvent(renewalId, memberId, fiscalYear, command.amount(), command.method(),
                command.paidAt()));
    }

    @CommandHandler
    void handle(RecordReportSubmissionCommand command) {
        if (progress.reportSubmitted()) {
            return;
        }
        apply(new ReportSubmissionRecordedEvent(renewalId, memberId, fiscalYear, command.questionnaireVersion(),
                command.submittedAt()));
    }

    /**
     * Called by {@link RenewalCompletionHandler} with what it read outside the aggregate; completing
     * twice is a no-op, so the saga may retry.
     */
    void complete(CertificateHolder certificate, Instant now) {
        if (completed) {
            return;
        }
        if (!progress.readyToComplete()) {
            throw Rejection.conflict("renewal.incomplete", "資格更新の手続きが完了していません（未完了: "
                    + progress.missing().stream().map(RenewalStep::label).collect(Collectors.joining("、")) + "）。");
        }
        apply(new RenewalCompletedEvent(renewalId, memberId, fiscalYear,
                Expiry.afterRenewalIn(FiscalYear.of(fiscalYear)), now, certificate));
    }

    String memberId() {
        return memberId;
    }

    @EventSourcingHandler
    void on(RenewalAppliedEvent event) {
        renewalId = event.renewalId();
        memberId = event.memberId();
        fiscalYear = event.fiscalYear();
        progress = RenewalProgress.applied(event.feeWaived());
    }

    @EventSourcingHandler
    void on(FeePaymentRecordedEvent event) {
        progress = progress.withFeePaid();
    }

    @EventSourcingHandler
    void on(ReportSubmissionRecordedEvent event) {
        progress = progress.withReportSubmitted();
    }

    @EventSourcingHandler
    void on(RenewalCompletedEvent event) {
        completed = true;
    }
}
