package itc.renewal.gateway.member.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.gateway.member.MemberPages;
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

import java.util.Map;

/**
 * 資格更新「詳細」 (A2): 「YYYY年度資格更新」 with 「必ず年度をご確認ください」, the terms, the fee or its waiver, the
 * window and the counted points; the button 「上記の規約に同意し、申請する」; afterwards the payment step (none for a
 * free first renewal) and the activity report step with their states. A refusal (points short, window closed,
 * lapsed) is shown as renewal-service words it, with the counted points.
 */
@Controller
class RenewalPageController {

    private static final String RENEWAL = "renewal-service";

    private final ServiceBackend backend;

    RenewalPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    /** ITC資格更新: the renewal the member's qualification is up for next (the seed's entry to the journey). */
    @GetMapping("/renewals")
    String next(Authentication authentication) {
        JsonNode next = backend.get(MemberPages.member(authentication), RENEWAL, "/api/qualifications/me").body()
                .path("nextRenewal");
        return next.isObject() ? "redirect:/renewals/" + next.path("fiscalYear").asInt() : "redirect:/";
    }

    @GetMapping("/renewals/{fiscalYear:\\d{4}}")
    String detail(@PathVariable int fiscalYear, Authentication authentication, Model model,
                  HttpServletResponse response) {
        return render(MemberPages.member(authentication), fiscalYear, null, model, response);
    }

    @PostMapping("/renewals/{fiscalYear:\\d{4}}")
    String apply(@PathVariable int fiscalYear, @RequestParam(required = false) String termsVersion,
                 Authentication authentication, Model model, HttpServletResponse response) {
        Identity member = MemberPages.member(authentication);
        ServiceBackend.Answer answer = backend.post(member, RENEWAL, "/api/renewals/" + fiscalYear,
                Map.of("termsVersion", termsVersion == null ? "" : termsVersion));
        if (answer.ok()) {
            return "redirect:/renewals/" + fiscalYear + "?applied";
        }
        response.setStatus(answer.status());
        return render(member, fiscalYear, answer.detail(), model, response);
    }

    private String render(Identity member, int fiscalYear, String refusal, Model model,
                          HttpServletResponse response) {
        ServiceBackend.Answer detail = backend.get(member, RENEWAL, "/api/renewals/" + fiscalYear);
        if (!detail.ok()) {
            response.setStatus(detail.status());
        }
        model.addAttribute("renewal", ServiceBackend.plain(detail.ok() ? detail.body() : null));
        model.addAttribute("problem", detail.ok() ? refusal : detail.detail());
        return "member/renewal";
    }
}
