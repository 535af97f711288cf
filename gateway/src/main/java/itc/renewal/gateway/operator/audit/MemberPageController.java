package itc.renewal.gateway.operator.audit;

import itc.renewal.gateway.account.domain.Account;
import itc.renewal.gateway.account.domain.Accounts;
import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.Rejection;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's member lookup: the member's account at the gateway, their renewals as renewal-service folds them,
 * what each service last recorded about them, and the whole audit trail in causal order with actor and business
 * time — as of now or of an instant — with the CSV and JSON exports an auditor takes away.
 */
@Controller
class MemberPageController {

    private final AuditTrails trails;
    private final Accounts accounts;

    MemberPageController(AuditTrails trails, Accounts accounts) {
        this.trails = trails;
        this.accounts = accounts;
    }

    /** What each service last recorded about the member, and how many facts it keeps. */
    record ServiceSummary(String service, int facts, TrailEntry latest) {
    }

    @GetMapping("/operator/members")
    String member(@RequestParam(required = false) String memberId, @RequestParam(required = false) String asOf,
                  Authentication authentication, Model model, HttpServletResponse response) {
        OperatorPages.operator(authentication);
        String id = memberId == null ? "" : memberId.strip().toUpperCase();
        model.addAttribute("memberId", id);
        model.addAttribute("asOf", asOf == null ? "" : asOf.strip());
        if (id.isEmpty()) {
            return "operator/member";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!AuditTrailController.MEMBER_ID.matcher(id).matches()) {
            errors.put("memberId", "会員番号は M と7桁の数字で入力してください（例: M0000001）。");
        }
        Instant at = instant(asOf, errors);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
            return "operator/member";
        }
        model.addAttribute("asOfInstant", at);
        try {
            List<TrailEntry> entries = trails.of(id, at);
            Account account = accounts.find(id).filter(a -> a.role() == Identity.Role.MEMBER).orElse(null);
            if (entries.isEmpty() && account == null) {
                response.setStatus(404);
                model.addAttribute("unknown", true);
                return "operator/member";
            }
            model.addAttribute("account", account);
            model.addAttribute("renewals", trails.renewals(id, at).stream()
                    .map(ServiceBackend::plain).toList());
            model.addAttribute("services", summaries(entries));
            model.addAttribute("entries", entries);
        } catch (Rejection e) {
            response.setStatus(e.status());
            model.addAttribute("trailProblem", e.getMessage());
        }
        return "operator/member";
    }

    static List<ServiceSummary> summaries(List<TrailEntry> entries) {
        return OperatorPages.SERVICES.stream().map(service -> {
            List<TrailEntry> own = entries.stream().filter(e -> e.service().equals(service)).toList();
            return new ServiceSummary(service, own.size(), own.isEmpty() ? null : own.get(own.size() - 1));
        }).toList();
    }

    /** An instant as ISO-8601 ({@code 2027-04-10T00:00:00Z}) or as the form's Japan time ({@code 2027-04-10T09:00}). */
    static Instant instant(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(value).atZone(FiscalYear.JAPAN).toInstant();
            } catch (DateTimeParseException e) {
                errors.put("asOf", "日時は日本時間の 2027-04-10T09:00 か、ISO-8601 の 2027-04-10T00:00:00Z の形で入力してください。");
                return null;
            }
        }
    }
}
