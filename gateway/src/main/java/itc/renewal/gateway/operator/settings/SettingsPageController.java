package itc.renewal.gateway.operator.settings;

import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.web.FormErrors;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The console's settings of a fiscal year: the renewal window, the fee and the terms (renewal-service), and the
 * point categories with their units, hours per point and yearly caps (points-service, rule P2). Each form is the
 * operator API's request; a refusal is shown beside the field it is about and nothing changes.
 */
@Controller
@RequestMapping("/operator/settings")
class SettingsPageController {

    private static final String RENEWAL = "renewal-service";
    private static final String POINTS = "points-service";

    private final ServiceBackend backend;
    private final BusinessClock clock;

    SettingsPageController(ServiceBackend backend, BusinessClock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    @GetMapping
    String settings(@RequestParam(required = false) String fiscalYear, Authentication authentication, Model model,
                    HttpServletResponse response) {
        Identity operator = OperatorPages.operator(authentication);
        Integer year = OperatorPages.fiscalYear(fiscalYear, clock);
        if (year == null) {
            response.setStatus(400);
            model.addAttribute("yearInvalid", true);
            year = clock.fiscalYear().year();
        }
        return render(operator, year, null, Map.of(), model);
    }

    @PostMapping("/{fiscalYear:\\d{4}}/renewal")
    String changeRenewal(@PathVariable int fiscalYear, @RequestParam Map<String, String> form,
                         Authentication authentication, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        Identity operator = OperatorPages.operator(authentication);
        SettingsForms.Parsed parsed = SettingsForms.renewal(form);
        if (!parsed.errors().isEmpty()) {
            response.setStatus(400);
            return render(operator, fiscalYear, form, parsed.errors(), model);
        }
        ServiceBackend.Answer answer = backend.put(operator, RENEWAL, "/api/operator/renewal-settings/" + fiscalYear,
                parsed.request());
        if (!answer.ok()) {
            response.setStatus(answer.status());
            return render(operator, fiscalYear, form, FormErrors.of(answer, code -> null), model);
        }
        OperatorPages.tell(redirect, answer, "console.settings.saved", fiscalYear);
        return "redirect:/operator/settings?fiscalYear=" + fiscalYear;
    }

    @PostMapping("/{fiscalYear:\\d{4}}/categories")
    String saveCategory(@PathVariable int fiscalYear, @RequestParam Map<String, String> form,
                        Authentication authentication, Model model, RedirectAttributes redirect,
                        HttpServletResponse response) {
        Identity operator = OperatorPages.operator(authentication);
        SettingsForms.Parsed parsed = SettingsForms.category(form);
        if (!parsed.errors().isEmpty()) {
            response.setStatus(400);
            return render(operator, fiscalYear, form, parsed.errors(), model);
        }
        String code = form.getOrDefault("code", "").strip();
        ServiceBackend.Answer answer = backend.put(operator, POINTS, "/api/operator/points/catalogue/" + fiscalYear
                + "/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8), parsed.request());
        if (!answer.ok()) {
            response.setStatus(answer.status());
            return render(operator, fiscalYear, form, FormErrors.of(answer, c -> c.startsWith("points.catalogue-code")
                    ? "code" : null), model);
        }
        OperatorPages.tell(redirect, answer, "console.category.saved", code, fiscalYear);
        return "redirect:/operator/settings?fiscalYear=" + fiscalYear + "#categories";
    }

    private String render(Identity operator, int fiscalYear, Map<String, String> form, Map<String, String> errors,
                          Model model) {
        ServiceBackend.Answer renewal = backend.get(operator, RENEWAL, "/api/operator/renewal-settings/" + fiscalYear);
        ServiceBackend.Answer catalogue = backend.get(operator, POINTS, "/api/operator/points/catalogue/" + fiscalYear);
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("settings", renewal.shown());
        model.addAttribute("settingsProblem", renewal.problem());
        model.addAttribute("catalogue", catalogue.shown());
        model.addAttribute("catalogueProblem", catalogue.problem());
        Map<String, String> values = new LinkedHashMap<>(renewal.ok() ? SettingsForms.values(renewal.body())
                : Map.of());
        if (form != null) {
            values.putAll(form);
        }
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        return "operator/settings";
    }
}
