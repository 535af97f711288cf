package itc.renewal.gateway.operator.reports;

import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's report aggregates (rule R4): a fiscal year's practice activity reports counted per question and
 * choice, never one member's answers, withheld while too few answered; and the same as CSV for a spreadsheet.
 */
@Controller
@RequestMapping("/operator/reports")
class ReportsPageController {

    private static final String REPORT = "activity-report-service";

    private final ServiceBackend backend;
    private final BusinessClock clock;

    ReportsPageController(ServiceBackend backend, BusinessClock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    @GetMapping
    String reports(@RequestParam(required = false) String fiscalYear, Authentication authentication, Model model,
                   HttpServletResponse response) {
        Identity operator = OperatorPages.operator(authentication);
        Integer year = OperatorPages.fiscalYear(fiscalYear, clock);
        if (year == null) {
            response.setStatus(400);
            model.addAttribute("yearInvalid", true);
            model.addAttribute("fiscalYear", fiscalYear.strip());
            return "operator/reports";
        }
        ServiceBackend.Answer summary = backend.get(operator, REPORT, summaryPath(year));
        response.setStatus(summary.status());
        model.addAttribute("fiscalYear", year);
        model.addAttribute("summary", summary.shown());
        model.addAttribute("summaryProblem", summary.problem());
        return "operator/reports";
    }

    @GetMapping("/{fiscalYear:\\d{4}}/summary.csv")
    ResponseEntity<byte[]> csv(@PathVariable int fiscalYear, Authentication authentication) {
        return backend.download(OperatorPages.operator(authentication), REPORT, summaryPath(fiscalYear),
                new MediaType("text", "csv"));
    }

    private static String summaryPath(int fiscalYear) {
        return "/api/operator/activity-reports/" + fiscalYear + "/summary";
    }
}
