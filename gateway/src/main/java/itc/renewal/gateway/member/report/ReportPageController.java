package itc.renewal.gateway.member.report;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.gateway.member.MemberPages;
import itc.renewal.gateway.web.FormErrors;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 実務活動報告書 (R1–R3): the questionnaire of the year as activity-report-service publishes it (choices, scale,
 * text), answered in the page; 「一時保存」 keeps a draft to resume, 「提出する」 submits once. Each wrong answer is
 * shown next to its question.
 */
@Controller
class ReportPageController {

    private static final String REPORT = "activity-report-service";

    private final ServiceBackend backend;

    ReportPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    @GetMapping("/renewals/{fiscalYear:\\d{4}}/report")
    String report(@PathVariable int fiscalYear, Authentication authentication, Model model,
                  HttpServletResponse response) {
        Identity member = MemberPages.member(authentication);
        ServiceBackend.Answer report = backend.get(member, REPORT, "/api/activity-reports/" + fiscalYear);
        response.setStatus(report.status());
        return render(fiscalYear, report, answersOf(report.body()), Map.of(), model);
    }

    @PostMapping("/renewals/{fiscalYear:\\d{4}}/report")
    String answer(@PathVariable int fiscalYear, @RequestParam MultiValueMap<String, String> form,
                  Authentication authentication, Model model, HttpServletResponse response) {
        Identity member = MemberPages.member(authentication);
        String path = "/api/activity-reports/" + fiscalYear;
        ServiceBackend.Answer report = backend.get(member, REPORT, path);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (JsonNode question : report.body().path("questions")) {
            String id = question.path("id").asText();
            List<String> values = new ArrayList<>();
            for (String value : form.getOrDefault("q." + id, List.of())) {
                if (value != null && !value.isBlank()) {
                    values.add(value);
                }
            }
            answers.put(id, values);
        }
        boolean submit = "submit".equals(form.getFirst("action"));
        ServiceBackend.Answer answer = submit
                ? backend.post(member, REPORT, path, Map.of("answers", answers))
                : backend.put(member, REPORT, path + "/draft", Map.of("answers", answers));
        if (answer.ok()) {
            return "redirect:/renewals/" + fiscalYear + "/report?" + (submit ? "submitted" : "saved");
        }
        response.setStatus(answer.status());
        return render(fiscalYear, report, answers, FormErrors.of(answer, code -> null), model);
    }

    private String render(int fiscalYear, ServiceBackend.Answer report, Map<String, List<String>> answers,
                          Map<String, String> errors, Model model) {
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("report", ServiceBackend.plain(report.ok() ? report.body() : null));
        model.addAttribute("problem", report.problem());
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        return "member/report";
    }

    private static Map<String, List<String>> answersOf(JsonNode report) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        report.path("answers").fields().forEachRemaining(entry -> {
            List<String> values = new ArrayList<>();
            entry.getValue().forEach(value -> values.add(value.asText()));
            answers.put(entry.getKey(), values);
        });
        return answers;
    }
}
