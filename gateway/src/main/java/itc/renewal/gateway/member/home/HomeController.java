package itc.renewal.gateway.member.home;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.gateway.auth.LoggedIn;
import itc.renewal.gateway.member.MemberPages;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * ITC+メンバーページ home: the qualification (認定番号, 認定年月, 資格有効期限, status), this year's renewal with the
 * steps done and missing, and the notices (お知らせ) with their dates and the 更新結果通知書 download (C4).
 * An operator is sent to the operators' page.
 */
@Controller
class HomeController {

    private final ServiceBackend backend;

    HomeController(ServiceBackend backend) {
        this.backend = backend;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        if (LoggedIn.identity(authentication).map(Identity::isOperator).orElse(false)) {
            return "redirect:/operator";
        }
        Identity member = MemberPages.member(authentication);
        ServiceBackend.Answer qualification = backend.get(member, "renewal-service", "/api/qualifications/me");
        model.addAttribute("qualification", ServiceBackend.plain(qualification.ok() ? qualification.body() : null));
        model.addAttribute("qualificationProblem", qualification.problem());
        JsonNode next = qualification.ok() ? qualification.body().path("nextRenewal") : null;
        if (next != null && !next.isNull() && !next.isMissingNode()) {
            ServiceBackend.Answer renewal = backend.get(member, "renewal-service",
                    "/api/renewals/" + next.path("fiscalYear").asInt());
            model.addAttribute("renewal", ServiceBackend.plain(renewal.ok() ? renewal.body() : null));
        }
        ServiceBackend.Answer notices = backend.get(member, "notification-service", "/api/notices");
        model.addAttribute("notices", ServiceBackend.plain(notices.ok() ? notices.body() : null));
        return "member/home";
    }
}
