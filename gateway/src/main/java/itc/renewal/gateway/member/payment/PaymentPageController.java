package itc.renewal.gateway.member.payment;

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
import java.util.UUID;

/**
 * 更新料のお支払い (F1–F4) of one renewal: the method choice (final: お申し込み後の支払方法変更はできません), then the
 * card form, the bank transfer's invoice (請求書) or the convenience store slip, and once paid the receipt (領収書).
 * The card form carries a fresh idempotency key, so a form sent twice charges once.
 */
@Controller
class PaymentPageController {

    static final String PAYMENT = "payment-service";

    private final ServiceBackend backend;

    PaymentPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    @GetMapping("/renewals/{fiscalYear:\\d{4}}/payment")
    String payment(@PathVariable int fiscalYear, Authentication authentication, Model model) {
        return render(MemberPages.member(authentication), fiscalYear, null, model);
    }

    @PostMapping("/renewals/{fiscalYear:\\d{4}}/payment/method")
    String choose(@PathVariable int fiscalYear, @RequestParam(required = false) String method,
                  Authentication authentication, Model model, HttpServletResponse response) {
        Identity member = MemberPages.member(authentication);
        if (method == null || !method.matches("CARD|BANK_TRANSFER|CONVENIENCE_STORE")) {
            response.setStatus(400);
            return render(member, fiscalYear, "お支払い方法を選んでください。", model);
        }
        ServiceBackend.Answer answer = backend.post(member, PAYMENT, "/api/payments/orders/"
                + renewalId(fiscalYear, member) + "/method", Map.of("method", method));
        if (answer.ok()) {
            return "redirect:/renewals/" + fiscalYear + "/payment";
        }
        response.setStatus(answer.status());
        return render(member, fiscalYear, answer.detail(), model);
    }

    @PostMapping("/renewals/{fiscalYear:\\d{4}}/payment/card")
    String payByCard(@PathVariable int fiscalYear, @RequestParam(required = false) String cardNumber,
                     @RequestParam(required = false) String idempotencyKey, Authentication authentication,
                     Model model, HttpServletResponse response) {
        Identity member = MemberPages.member(authentication);
        ServiceBackend.Answer answer = backend.post(member, PAYMENT, "/api/payments/orders/"
                + renewalId(fiscalYear, member) + "/card", Map.of("cardNumber", cardNumber == null ? "" : cardNumber,
                "idempotencyKey", idempotencyKey == null ? "" : idempotencyKey));
        if (answer.ok()) {
            return "redirect:/renewals/" + fiscalYear + "/payment?paid";
        }
        response.setStatus(answer.status());
        // a pending outcome is asked again with the same key; any other refusal gets a new attempt
        model.addAttribute("idempotencyKey", "payment.charge-outcome-pending".equals(answer.code())
                ? idempotencyKey : null);
        return render(member, fiscalYear, answer.detail(), model);
    }

    private String render(Identity member, int fiscalYear, String problem, Model model) {
        String renewalId = renewalId(fiscalYear, member);
        ServiceBackend.Answer renewal = backend.get(member, "renewal-service", "/api/renewals/" + fiscalYear);
        JsonNode order = null;
        for (JsonNode candidate : backend.get(member, PAYMENT, "/api/payments/orders").body()) {
            if (renewalId.equals(candidate.path("renewalId").asText())) {
                order = candidate;
            }
        }
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("renewal", ServiceBackend.plain(renewal.ok() ? renewal.body() : null));
        model.addAttribute("order", ServiceBackend.plain(order));
        model.addAttribute("problem", problem);
        if (!model.containsAttribute("idempotencyKey") || model.getAttribute("idempotencyKey") == null) {
            model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        }
        return "member/payment";
    }

    /** The renewal (and its order) of a fiscal year is the year and the member id (A1). */
    static String renewalId(int fiscalYear, Identity member) {
        return fiscalYear + "-" + member.subject();
    }
}
