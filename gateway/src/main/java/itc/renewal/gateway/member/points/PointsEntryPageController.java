package itc.renewal.gateway.member.points;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.gateway.member.MemberPages;
import itc.renewal.gateway.web.FormErrors;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One points entry (P3): its correction form, its withdrawal and its history. An entry the association registered,
 * or one of a locked year, is refused by points-service and the refusal is shown.
 */
@Controller
class PointsEntryPageController {

    private final ServiceBackend backend;

    PointsEntryPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    @GetMapping("/points/entries/{entryId}/edit")
    String edit(@PathVariable String entryId, @RequestParam int fiscalYear, Authentication authentication,
                Model model) {
        Identity member = MemberPages.member(authentication);
        PointsForms.requireEntryId(entryId);
        JsonNode list = backend.get(member, PointsForms.POINTS, "/api/points?fiscalYear=" + fiscalYear).body();
        for (JsonNode entry : list.path("entries")) {
            if (entryId.equals(entry.path("entryId").asText())) {
                Map<String, String> form = new LinkedHashMap<>();
                form.put("activityDate", entry.path("activityDate").asText());
                form.put("category", entry.path("category").asText());
                form.put("title", entry.path("title").asText());
                form.put("amount", entry.path(entry.path("hours").isNull() ? "points" : "hours").asText());
                form.put("note", entry.path("note").isNull() ? "" : entry.path("note").asText());
                return renderEdit(member, entryId, fiscalYear, form, Map.of(), model);
            }
        }
        return "redirect:/points?fiscalYear=" + fiscalYear + "&missing";
    }

    @PostMapping("/points/entries/{entryId}")
    String correct(@PathVariable String entryId, @RequestParam Map<String, String> form,
                   Authentication authentication, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        Identity member = MemberPages.member(authentication);
        PointsForms.requireEntryId(entryId);
        Map<String, String> invalid = PointsForms.amountProblem(form);
        if (!invalid.isEmpty()) {
            response.setStatus(400);
            return renderEdit(member, entryId, PointsForms.year(form.get("fiscalYear")), form, invalid, model);
        }
        Map<String, Object> body = PointsForms.entry(form, PointsForms.unitOf(backend, member, form));
        body.put("reason", PointsForms.blankToNull(form.get("reason")));
        ServiceBackend.Answer answer = backend.put(member, PointsForms.POINTS, "/api/points/entries/" + entryId, body);
        if (answer.ok()) {
            redirect.addFlashAttribute(EntryWritten.ATTRIBUTE, EntryWritten.present(entryId, form.get("title")));
            return "redirect:/points?fiscalYear=" + answer.body().path("fiscalYear").asInt() + "&corrected";
        }
        response.setStatus(answer.status());
        return renderEdit(member, entryId, PointsForms.year(form.get("fiscalYear")), form,
                FormErrors.of(answer, PointsForms::fieldOf), model);
    }

    @PostMapping("/points/entries/{entryId}/withdrawal")
    String withdraw(@PathVariable String entryId, @RequestParam(required = false) String reason,
                    @RequestParam int fiscalYear, Authentication authentication, RedirectAttributes redirect) {
        Identity member = MemberPages.member(authentication);
        PointsForms.requireEntryId(entryId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", PointsForms.blankToNull(reason));
        ServiceBackend.Answer answer = backend.post(member, PointsForms.POINTS, "/api/points/entries/" + entryId
                + "/withdrawal", body);
        if (answer.ok()) {
            redirect.addFlashAttribute(EntryWritten.ATTRIBUTE, EntryWritten.absent(entryId));
            return "redirect:/points?fiscalYear=" + fiscalYear + "&withdrawn";
        }
        // the refusal is shown on the list the member came from
        redirect.addFlashAttribute("problem", answer.detail());
        return "redirect:/points?fiscalYear=" + fiscalYear;
    }

    @GetMapping("/points/entries/{entryId}/history")
    String history(@PathVariable String entryId, Authentication authentication, Model model,
                   HttpServletResponse response) {
        Identity member = MemberPages.member(authentication);
        PointsForms.requireEntryId(entryId);
        ServiceBackend.Answer answer = backend.get(member, PointsForms.POINTS, "/api/points/entries/" + entryId + "/history");
        response.setStatus(answer.status());
        model.addAttribute("history", answer.shown());
        model.addAttribute("problem", answer.problem());
        return "member/points-history";
    }

    private String renderEdit(Identity member, String entryId, Integer fiscalYear, Map<String, String> form,
                              Map<String, String> errors, Model model) {
        model.addAttribute("entryId", entryId);
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("categories", ServiceBackend.plain(backend.get(member, PointsForms.POINTS,
                "/api/points/categories" + (fiscalYear == null ? "" : "?fiscalYear=" + fiscalYear)).body()
                .path("categories")));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "member/points-edit";
    }
}
