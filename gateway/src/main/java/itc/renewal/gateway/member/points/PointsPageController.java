package itc.renewal.gateway.member.points;

import itc.renewal.gateway.member.MemberPages;
import itc.renewal.gateway.web.FormErrors;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * 実践力ポイント (P1–P6): the entries of a fiscal year with each category's cap and the counted total, a form to
 * register, and per entry correction, withdrawal and history; a locked year (P4) is shown as locked and offers no
 * changes. Every change goes to points-service as the member; a refusal comes back next to its field.
 */
@Controller
class PointsPageController {

    private final ServiceBackend backend;

    PointsPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    @GetMapping("/points")
    String list(@RequestParam(required = false) Integer fiscalYear, Authentication authentication, Model model,
                HttpServletResponse response) {
        Identity member = MemberPages.member(authentication);
        return render(member, fiscalYear, Map.of(), Map.of(), model, response);
    }

    @PostMapping("/points")
    String register(@RequestParam Map<String, String> form, Authentication authentication, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Identity member = MemberPages.member(authentication);
        Map<String, String> invalid = PointsForms.amountProblem(form);
        if (!invalid.isEmpty()) {
            response.setStatus(400);
            return render(member, PointsForms.year(form.get("fiscalYear")), form, invalid, model, response);
        }
        ServiceBackend.Answer answer = backend.post(member, PointsForms.POINTS, "/api/points/entries",
                PointsForms.entry(form, PointsForms.unitOf(backend, member, form)));
        if (answer.ok()) {
            redirect.addFlashAttribute(EntryWritten.ATTRIBUTE, EntryWritten.present(answer.body().path("entryId")
                    .asText(), form.get("title")));
            return "redirect:/points?fiscalYear=" + answer.body().path("fiscalYear").asInt() + "&registered";
        }
        response.setStatus(answer.status());
        return render(member, PointsForms.year(form.get("fiscalYear")), form,
                FormErrors.of(answer, PointsForms::fieldOf),
                model, response);
    }

    private String render(Identity member, Integer fiscalYear, Map<String, String> form, Map<String, String> errors,
                          Model model, HttpServletResponse response) {
        String query = fiscalYear == null ? "" : "?fiscalYear=" + fiscalYear;
        ServiceBackend.Answer points = backend.get(member, PointsForms.POINTS, "/api/points" + query);
        // the list is a projection a moment behind the ledger: right after a change, show the list with it
        if (model.getAttribute(EntryWritten.ATTRIBUTE) instanceof EntryWritten written) {
            for (int wait = 0; wait < EntryWritten.ATTEMPTS && points.ok() && !written.shownIn(points.body());
                 wait++) {
                EntryWritten.pause();
                points = backend.get(member, PointsForms.POINTS, "/api/points" + query);
            }
        }
        if (!points.ok()) {
            response.setStatus(points.status());
            model.addAttribute("problem", points.detail());
            return "member/points";
        }
        int year = points.body().path("fiscalYear").asInt();
        model.addAttribute("points", ServiceBackend.plain(points.body()));
        model.addAttribute("categories", ServiceBackend.plain(backend.get(member, PointsForms.POINTS,
                "/api/points/categories?fiscalYear=" + year).body().path("categories")));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "member/points";
    }
}
