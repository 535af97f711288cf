package itc.renewal.gateway.member.payment;

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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 購入履歴 (F5): every fee order with its method, state, invoice and receipt downloads; and 個人情報編集: the name and
 * e-mail the registry has (read only) and the billing profile the invoices and receipts use (請求書宛名, 送金者名).
 */
@Controller
class PurchasesPageController {

    private final ServiceBackend backend;

    PurchasesPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    @GetMapping("/purchases")
    String purchases(Authentication authentication, Model model) {
        Identity member = MemberPages.member(authentication);
        ServiceBackend.Answer orders = backend.get(member, PaymentPageController.PAYMENT, "/api/payments/orders");
        model.addAttribute("orders", orders.ok() ? ServiceBackend.plain(orders.body()) : List.of());
        model.addAttribute("problem", orders.problem());
        return "member/purchases";
    }

    @GetMapping("/profile")
    String profile(Authentication authentication, Model model) {
        Identity member = MemberPages.member(authentication);
        ServiceBackend.Answer billing = backend.get(member, PaymentPageController.PAYMENT,
                "/api/payments/billing-profile");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("addressee", billing.body().path("addressee").asText(""));
        form.put("senderName", billing.body().path("senderName").asText(""));
        return renderProfile(member, form, Map.of(), model);
    }

    @PostMapping("/profile")
    String saveProfile(@RequestParam Map<String, String> form, Authentication authentication, Model model,
                       HttpServletResponse response) {
        Identity member = MemberPages.member(authentication);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("addressee", form.getOrDefault("addressee", ""));
        body.put("senderName", form.getOrDefault("senderName", ""));
        ServiceBackend.Answer answer = backend.put(member, PaymentPageController.PAYMENT,
                "/api/payments/billing-profile", body);
        if (answer.ok()) {
            return "redirect:/profile?saved";
        }
        response.setStatus(answer.status());
        return renderProfile(member, body, FormErrors.of(answer, code -> null), model);
    }

    private String renderProfile(Identity member, Map<String, String> form, Map<String, String> errors, Model model) {
        ServiceBackend.Answer holder = backend.get(member, "renewal-service", "/api/qualifications/me");
        model.addAttribute("holder", ServiceBackend.plain(holder.ok() ? holder.body() : null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "member/profile";
    }
}
