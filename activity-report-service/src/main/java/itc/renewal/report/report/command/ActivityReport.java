package itc.renewal.report.report.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.report.api.ActivityReportOpenedEvent;
import itc.renewal.report.report.api.ActivityReportSubmittedEvent;
import itc.renewal.report.report.api.Answers;
import itc.renewal.report.report.api.OpenActivityReportCommand;
import itc.renewal.report.report.api.Questionnaire;
import itc.renewal.report.report.api.SubmitActivityReportCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The practice activity report (実務活動報告書) of one renewal, identified by the renewal id
 * ({@code <fiscal year>-<member id>}).
 * <p>Invariants: it can be answered only once the renewal was applied, i.e. once it was opened
 * (rule R1); answers must fit the fiscal year's questionnaire (R2); it is submitted at most once (R3).
 * <p>Both commands use {@code CREATE_IF_MISSING}: a submission for a report that was never opened
 * then meets an empty instance and is refused with a clear message, rather than surfacing Axon's
 * AggregateNotFoundException; and a repeated opening changes nothing.
 */
@Aggregate
class ActivityReport {

    static final String NOT_OPEN_MESSAGE = "実務活動報告書は、資格更新申込み後に回答できます。";

    @AggregateIdentifier
    private String renewalId;
    private String memberId;
    private int fiscalYear;
    private boolean submitted;

    ActivityReport() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenActivityReportCommand command) {
        if (isOpen()) {
            return;
        }
        apply(new ActivityReportOpenedEvent(command.renewalId(), command.memberId(), command.fiscalYear()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SubmitActivityReportCommand command, BusinessClock clock) {
        if (!isOpen()) {
            throw Rejection.conflict("report.not-open", NOT_OPEN_MESSAGE);
        }
        if (submitted) {
            throw Rejection.conflict("report.already-submitted",
                    fiscalYear + "年度の実務活動報告書は提出済みです。回答の提出は1回限りです。");
        }
        Questionnaire questionnaire = Questionnaire.require(fiscalYear);
        Answers answers = questionnaire.validate(command.answers());
        apply(new ActivityReportSubmittedEvent(renewalId, memberId, fiscalYear, questionnaire.version(),
                clock.instant(), answers));
    }

    @EventSourcingHandler
    void on(ActivityReportOpenedEvent event) {
        renewalId = event.renewalId();
        memberId = event.memberId();
        fiscalYear = event.fiscalYear();
    }

    @EventSourcingHandler
    void on(ActivityReportSubmittedEvent event) {
        submitted = true;
    }

    private boolean isOpen() {
        return renewalId != null;
    }
}
