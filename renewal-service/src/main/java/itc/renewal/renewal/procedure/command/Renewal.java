package itc.renewal.renewal.procedure.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.renewal.procedure.api.CertificateHolder;
import itc.renewal.renewal.procedure.api.FeePaymentRecordedEvent;
import itc.renewal.renewal.procedure.api.RecordFeePaymentCommand;
import itc.renewal.renewal.procedure.api.RecordReportSubmissionCommand;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.api.RenewalReminderDueEvent;
import itc.renewal.renewal.procedure.api.RenewalStep;
import itc.renewal.renewal.procedure.api.ReportSubmissionRecordedEvent;
import itc.renewal.renewal.procedure.domain.RenewalProgress;
import itc.renewal.renewal.qualification.domain.Expiry;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One holder's renewal of one fiscal year, id {@code <FY>-<memberId>}. Created by
 * {@link RenewalApplicationHandler} once rule A1 holds, or lapsed from the start by {@link RenewalDeadlineHandler}
 * for a holder who never applied before the window closed (C3, Q6). Invariants: at most one per member and FY;
 * fee payment and report are each recorded once (repeats are no-ops, so redelivered Kafka events
 * are harmless); it completes only when applied + fee settled + report submitted (C1), exactly once.
 * Until it completes, reminders name what is missing (C2, once per reminder) and the window's end lapses
 * it (C3, Q6), after which it never completes.
 */
@Aggregate
class Renewal {

    @AggregateIdentifier
    private String renewalId;
    private String memberId;
    private int fiscalYear;
    private RenewalProgress progress;
    private boolean completed;
    private boolean lapsed;
    private Set<String> reminded = new HashSet<>();

    Renewal() {
        // for event sourcing
    }

    Renewal(RenewalAppliedEvent applied) {
        apply(applied);
    }

    /** C3, Q6: the renewal of a holder who never applied; it never takes a step nor completes. */
    Renewal(RenewalLapsedEvent lapsedUnapplied) {
        apply(lapsedUnapplied);
    }

    @CommandHandler
    void handle(RecordFeePaymentCommand command) {
        // Never applied: no order was ever opened for it (payment follows RenewalApplied), so nothing to record.
        if (neverApplied() || progress.feeSettled()) {
            return;
        }
        apply(new FeePaymentRecordedEvent(renewalId, memberId, fiscalYear, command.amount(), command.method(),
                command.paidAt()));
    }

    @CommandHandler
    void handle(RecordReportSubmissionCommand command) {
        if (neverApplied() || progress.reportSubmitted()) {
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
        if (lapsed) {
            throw Rejection.conflict("renewal.lapsed", fiscalYear + "年度の資格更新は、受付期間内に手続きが完了しなかったため"
                    + "失効しました。資格の再取得については協会にお問い合わせください。");
        }
        if (!progress.readyToComplete()) {
            throw Rejection.conflict("renewal.incomplete", "資格更新の手続きが完了していません（未完了: "
                    + progress.missing().stream().map(RenewalStep::label).collect(Collectors.joining("、")) + "）。");
        }
        apply(new RenewalCompletedEvent(renewalId, memberId, fiscalYear,
                Expiry.afterRenewalIn(FiscalYear.of(fiscalYear)), now, certificate));
    }

    /** Rule C2; called by {@link RenewalDeadlineHandler}, which knows when the window closes. */
    void remind(String label, Instant dueAt, Instant windowClosesAt, Instant now) {
        if (completed || lapsed || reminded.contains(label)) {
            return;
        }
        if (!now.isBefore(windowClosesAt)) {
            // fired late (the clock jumped, or the service was down): "please finish by …" would arrive
            // together with the lapse; the lapse notice says what happened instead
            return;
        }
        apply(new RenewalReminderDueEvent(renewalId, memberId, fiscalYear, progress.missing(), label, dueAt,
                windowClosesAt));
    }

    /** Rules C3, Q6; called by {@link RenewalDeadlineHandler} with the holder's current expiry. */
    void lapse(LocalDate expiredOn, Instant windowClosedAt) {
        if (completed || lapsed) {
            return;
        }
        apply(new RenewalLapsedEvent(renewalId, memberId, fiscalYear, expiredOn, windowClosedAt, true));
    }

    private boolean neverApplied() {
        return progress == null;
    }

    int fiscalYear() {
        return fiscalYear;
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

    @EventSourcingHandler
    void on(RenewalReminderDueEvent event) {
        reminded.add(event.label());
    }

    @EventSourcingHandler
    void on(RenewalLapsedEvent event) {
        // The first event of a renewal that was never applied for: it names the renewal.
        renewalId = event.renewalId();
        memberId = event.memberId();
        fiscalYear = event.fiscalYear();
        lapsed = true;
    }
}
