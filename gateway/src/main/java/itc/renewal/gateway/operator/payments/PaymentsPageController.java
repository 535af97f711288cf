package itc.renewal.gateway.operator.payments;

import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The console's payments (rule F3): import the bank's transfer notification (振込入金通知) as the bank delivers it,
 * see the credits that need an operator (short, over, duplicate, after the lapse, another method, unmatched,
 * cancellation) and the money that paid nothing, and confirm an order as paid by hand with a reason.
 */
@Controller
@RequestMapping("/operator/payments")
class PaymentsPageController {

    private static final String PAYMENT = "payment-service";

    private final ServiceBackend backend;

    PaymentsPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    @GetMapping
    String payments(Authentication authentication, Model model) {
        Identity operator = OperatorPages.operator(authentication);
        ServiceBackend.Answer lines = backend.get(operator, PAYMENT, "/api/operator/payments/statements/lines?attention=true");
        ServiceBackend.Answer unapplied = backend.get(operator, PAYMENT, "/api/operator/payments/unapplied");
        model.addAttribute("lines", lines.shown());
        model.addAttribute("unapplied", unapplied.shown());
        model.addAttribute("listProblem", lines.ok() ? unapplied.problem() : lines.detail());
        return "operator/payments";
    }

    @PostMapping("/statements")
    String statement(@RequestParam(required = false) MultipartFile file, Authentication authentication,
                     RedirectAttributes redirect) throws IOException {
        Identity operator = OperatorPages.operator(authentication);
        ServiceBackend.Answer answer = backend.upload(operator, PAYMENT, "/api/operator/payments/statements",
                MediaType.APPLICATION_OCTET_STREAM, file);
        OperatorPages.tell(redirect, answer, "console.payments.statement-done", OperatorPages.fileName(file));
        return "redirect:/operator/payments";
    }

    @PostMapping("/confirmations")
    String confirm(@RequestParam(defaultValue = "") String renewalId, @RequestParam(defaultValue = "") String reason,
                   Authentication authentication, RedirectAttributes redirect) {
        Identity operator = OperatorPages.operator(authentication);
        String id = renewalId.strip();
        if (!id.matches("\\d{4}-M\\d{7}")) {
            redirect.addFlashAttribute("confirmationError",
                    "更新IDは 年度-会員番号 の形で入力してください（例: 2027-M0000001）。");
            return "redirect:/operator/payments#confirm-heading";
        }
        ServiceBackend.Answer answer = backend.post(operator, PAYMENT, "/api/operator/payments/orders/"
                + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "/confirmation", Map.of("reason", reason));
        OperatorPages.tell(redirect, answer, "console.payments.confirmed", id);
        return "redirect:/operator/payments";
    }
}
