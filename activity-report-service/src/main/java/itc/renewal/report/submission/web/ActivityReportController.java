package itc.renewal.report.submission.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.submission.api.ActivityReportView;
import itc.renewal.report.submission.api.FindActivityReportQuery;
import itc.renewal.report.submission.api.SubmitActivityReportCommand;
import itc.renewal.report.submission.domain.Questionnaire;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** The member's practice activity report (実務活動報告書) of one fiscal year: read it, submit it once. */
@RestController
@RequestMapping("/api/activity-reports")
class ActivityReportController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ActivityReportController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/{fiscalYear}")
    ActivityReportView report(@PathVariable FiscalYear fiscalYear, Identity identity) {
        Questionnaire.require(fiscalYear.year());
        return queries.query(new FindActivityReportQuery(member(identity), fiscalYear.year()), ActivityReportView.class)
                .join();
    }

    @PostMapping("/{fiscalYear}")
    ResponseEntity<SubmissionResponse> submit(@PathVariable FiscalYear fiscalYear, @RequestBody SubmissionRequest request,
                                              Identity identity) {
        String renewalId = fiscalYear.year() + "-" + member(identity);
        commands.sendAndWait(new SubmitActivityReportCommand(renewalId, request.toAnswers()));
        return ResponseEntity.created(URI.create("/api/activity-reports/" + fiscalYear.year()))
                .body(new SubmissionResponse(renewalId, ActivityReportView.Status.SUBMITTED));
    }

    /** Members answer their own report; an operator has none (operators see aggregates only, rule R4). */
    private static String member(Identity identity) {
        if (identity.isOperator()) {
            throw Rejection.forbidden("report.members-only", "実務活動報告書は会員ご本人のみが閲覧・回答できます。");
        }
        return identity.subject();
    }


    record SubmissionResponse(String renewalId, ActivityReportView.Status status) {
    }
}
