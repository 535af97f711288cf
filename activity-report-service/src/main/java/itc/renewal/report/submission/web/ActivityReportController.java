package itc.renewal.report.submission.web;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.questionnaire.api.FindQuestionnaireQuery;
import itc.renewal.report.questionnaire.domain.Questionnaire;
import itc.renewal.report.submission.api.ActivityReportView;
import itc.renewal.report.submission.api.DraftSaved;
import itc.renewal.report.submission.api.FindActivityReportQuery;
import itc.renewal.report.submission.api.ReportState;
import itc.renewal.report.submission.api.SaveReportDraftCommand;
import itc.renewal.report.submission.api.SubmitActivityReportCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Optional;

/**
 * The member's practice activity report (実務活動報告書) of one fiscal year: read it with the member's own answers,
 * save a draft and resume it, submit it once (rules R1–R4). Members only: operators see aggregates.
 */
@RestController
@RequestMapping("/api/activity-reports")
@ProblemCodes({"400 request.fiscal-year-invalid", "404 report.no-questionnaire"})
class ActivityReportController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ActivityReportController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/{fiscalYear}")
    ActivityReportView report(@PathVariable FiscalYear fiscalYear, Identity identity) {
        return view(member(identity), fiscalYear.year());
    }

    /** R1: the answers so far, to resume later; required questions may still be open. */
    @PutMapping("/{fiscalYear}/draft")
    @ProblemCodes({"400 report.answer-invalid", "409 report.already-submitted", "409 report.not-open",
            "409 report.window-closed"})
    ActivityReportView saveDraft(@PathVariable FiscalYear fiscalYear, @RequestBody(required = false)
                                 JsonNode body, Identity identity) {
        Questionnaire questionnaire = questionnaire(fiscalYear.year());
        DraftSaved saved = commands.sendAndWait(new SaveReportDraftCommand(renewalId(fiscalYear.year(),
                member(identity)), questionnaire, AnswersBody.read(body)));
        return new ActivityReportView(fiscalYear.year(), questionnaire.version(), questionnaire.questions(),
                ActivityReportView.Status.OPEN, null, saved.answers(), saved.savedAt(), false);
    }

    /** R3: once; 400 naming every wrong or missing answer by question id. */
    @PostMapping("/{fiscalYear}")
    @ProblemCodes({"400 report.answer-invalid", "409 report.already-submitted", "409 report.not-open",
            "409 report.window-closed"})
    ResponseEntity<SubmissionResponse> submit(@PathVariable FiscalYear fiscalYear,
                                              @RequestBody(required = false) JsonNode body, Identity identity) {
        String renewalId = renewalId(fiscalYear.year(), member(identity));
        commands.sendAndWait(new SubmitActivityReportCommand(renewalId, questionnaire(fiscalYear.year()),
                AnswersBody.read(body)));
        return ResponseEntity.created(URI.create("/api/activity-reports/" + fiscalYear.year()))
                .body(new SubmissionResponse(renewalId, ActivityReportView.Status.SUBMITTED));
    }

    private ActivityReportView view(String member, int fiscalYear) {
        Optional<ReportState> state = queries.query(new FindActivityReportQuery(member, fiscalYear),
                ResponseTypes.optionalInstanceOf(ReportState.class)).join();
        // a submission shows the version it answered; an open report (with or without a draft) the current one,
        // which is the one a submission is checked against
        Questionnaire shown = state.filter(s -> s.status() == ActivityReportView.Status.SUBMITTED)
                .map(ReportState::questionnaireVersion)
                .flatMap(version -> queries.query(FindQuestionnaireQuery.version(version),
                        ResponseTypes.optionalInstanceOf(Questionnaire.class)).join())
                .orElseGet(() -> questionnaire(fiscalYear));
        return state.map(s -> new ActivityReportView(fiscalYear, shown.version(), shown.questions(), s.status(),
                        s.submittedAt(), s.answers(), s.draftSavedAt(), s.answersErased()))
                .orElseGet(() -> new ActivityReportView(fiscalYear, shown.version(), shown.questions(),
                        ActivityReportView.Status.NOT_OPEN, null, null, null, false));
    }

    private Questionnaire questionnaire(int fiscalYear) {
        return queries.query(FindQuestionnaireQuery.forFiscalYear(fiscalYear),
                ResponseTypes.optionalInstanceOf(Questionnaire.class)).join()
                .orElseThrow(() -> Rejection.notFound("report.no-questionnaire",
                        fiscalYear + "年度の実務活動報告書はありません。年度をご確認ください。"));
    }

    private static String renewalId(int fiscalYear, String member) {
        return fiscalYear + "-" + member;
    }

    /**
     * Members answer their own report; an operator has none (operators see aggregates only, rule R4) and is refused
     * by platform-web's IdentityFilter before getting here.
     */
    private static String member(Identity identity) {
        return identity.subject();
    }

    record SubmissionResponse(String renewalId, ActivityReportView.Status status) {
    }
}
