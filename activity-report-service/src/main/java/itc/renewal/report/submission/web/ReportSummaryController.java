package itc.renewal.report.submission.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.report.submission.api.ReportSummary;
import itc.renewal.report.submission.api.SummarizeReportsQuery;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * Operators see the reports of a fiscal year in aggregate only (rule R4): counts per choice and the satisfaction
 * distribution, as JSON or CSV. There is no way to ask for one member's answers. Operators only.
 */
@RestController
@RequestMapping("/api/operator/activity-reports/{fiscalYear}/summary")
@ProblemCodes({"400 request.fiscal-year-invalid", "403 operator.role-required"})
class ReportSummaryController {

    private final QueryGateway queries;

    ReportSummaryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    ReportSummary summary(@PathVariable FiscalYear fiscalYear) {
        return queries.query(new SummarizeReportsQuery(fiscalYear.year()), ReportSummary.class).join();
    }

    /** The same as CSV (UTF-8 with BOM, so that spreadsheet software reads the Japanese labels). */
    @GetMapping(produces = "text/csv")
    ResponseEntity<byte[]> csv(@PathVariable FiscalYear fiscalYear) {
        ReportSummary summary = summary(fiscalYear);
        StringBuilder csv = new StringBuilder("\uFEFFfiscal_year,questionnaire_version,question_id,question,value,"
                + "label,count\r\n");
        summary.versions().forEach(version -> version.questions().forEach(question -> question.counts().forEach(
                count -> csv.append(String.join(",", String.valueOf(summary.fiscalYear()),
                        version.questionnaireVersion(), question.questionId(), quoted(question.title()),
                        quoted(count.value()), quoted(count.label()), String.valueOf(count.count()))).append("\r\n"))));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("activity-report-summary-" + summary.fiscalYear() + ".csv").build().toString())
                .header("X-Respondents-Suppressed", String.valueOf(summary.suppressed()))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
