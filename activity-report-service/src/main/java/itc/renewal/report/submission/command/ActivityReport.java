package itc.renewal.report.submission.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.questionnaire.domain.Answers;
import itc.renewal.report.submission.api.ActivityReportClosedEvent;
import itc.renewal.report.submission.api.ActivityReportDraftSavedEvent;
import itc.renewal.report.submission.api.ActivityReportOpenedEvent;
import itc.renewal.report.submission.api.ActivityReportSubmittedEvent;
import itc.renewal.report.submission.api.CloseActivityReportCommand;
import itc.renewal.report.submission.api.DraftSaved;
import itc.renewal.report.submission.api.OpenActivityReportCommand;
import itc.renewal.report.submission.api.SaveReportDraftCommand;
import itc.renewal.report.submission.api.SubmitActivityReportCommand;
import itc.renewal.report.submission.domain.AnswerVault;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The practice activity report (実務活動報告書) of one renewal, identified by the renewal id
 * ({@code <fiscal year>-<member id>}).
 * <p>Invariants: it can be answered only once the renewal was applied, i.e. once it was opened
 * (rule R1); a draft may be saved any number of times until it is submitted; answers must fit the
 * questionnaire (R2: a draft may leave required questions open, a submission may not); it is submitted
 * at most once (R3); answers are sealed with the member's data key before they become an event (R4);
 * once the renewal lapsed it is closed and never submitted (Q5, C3), and the lapse is remembered even
 * when it arrives before the opening, so that a late RenewalApplied opens nothing.
 * <p>Every command uses {@code CREATE_IF_MISSING}: a submission for a report that was never opened
 * then meets an empty instance and is refused with a clear message, rather than surfacing Axon's
 * AggregateNotFoundException; a repeated opening changes nothing; a lapse needs no prior opening.
 */
@Aggregate
class ActivityReport {

    static final String NOT_OPEN_MESSAGE = "実務活動報告書は、資格更新申込み後に回答できます。";

    @AggregateIdentifier
    private String renewalId;
    private String memberId;
    private int fiscalYear;
    private boolean opened;
    private boolean submitted;
    private boolean closed;

    ActivityReport() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenActivityReportCommand command) {
        if (opened || closed) {
            // opened already, or closed in advance by a lapse delivered first: nothing to open (rule Q5)
            return;
        }
        apply(new ActivityReportOpenedEvent(command.renewalId(), command.memberId(), command.fiscalYear()));
    }

    /** A submitted report stays submitted: the lapse is then caused by something else (e.g. the fee). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CloseActivityReportCommand command) {
        if (closed || submitted) {
            return;
        }
        apply(new ActivityReportClosedEvent(command.renewalId(), command.memberId(), command.fiscalYear(),
                command.lapsedAt()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    DraftSaved handle(SaveReportDraftCommand command, AnswerVault vault, BusinessClock clock) {
        requireAnswerable();
        Answers answers = command.questionnaire().validate(command.answers(), false);
        Instant savedAt = clock.instant();
        apply(new ActivityReportDraftSavedEvent(renewalId, memberId, fiscalYear, command.questionnaire().version(),
                vault.seal(memberId, answers), savedAt));
        return new DraftSaved(command.questionnaire().version(), answers.values(), savedAt);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SubmitActivityReportCommand command, AnswerVault vault, BusinessClock clock) {
        requireAnswerable();
        Answers answers = command.questionnaire().validate(command.answers(), true);
        apply(new ActivityReportSubmittedEvent(renewalId, memberId, fiscalYear, command.questionnaire().version(),
                clock.instant(), vault.seal(memberId, answers)));
    }

    private void requireAnswerable() {
        if (closed) {
            throw Rejection.conflict("report.window-closed",
                    fiscalYear + "年度の更新申請期間が終了したため、実務活動報告は提出できません。");
        }
        if (!opened) {
            throw Rejection.conflict("report.not-open", NOT_OPEN_MESSAGE);
        }
        if (submitted) {
            throw Rejection.conflict("report.already-submitted",
                    fiscalYear + "年度の実務活動報告書は提出済みです。回答の提出は1回限りです。");
        }
    }

    @EventSourcingHandler
    void on(ActivityReportOpenedEvent event) {
        renewalId = event.renewalId();
        memberId = event.memberId();
        fiscalYear = event.fiscalYear();
        opened = true;
    }

    @EventSourcingHandler
    void on(ActivityReportClosedEvent event) {
        renewalId = event.renewalId();
        memberId = event.memberId();
        fiscalYear = event.fiscalYear();
        closed = true;
    }

    @EventSourcingHandler
    void on(ActivityReportSubmittedEvent event) {
        submitted = true;
    }
}
