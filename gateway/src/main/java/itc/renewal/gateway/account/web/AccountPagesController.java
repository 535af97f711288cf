package itc.renewal.gateway.account.web;

import itc.renewal.gateway.account.lifecycle.PasswordReset;
import itc.renewal.gateway.account.lifecycle.PasswordSetting;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The account pages that need no login: setting a password from an e-mail link (activation and reset alike) and
 * asking for such a link. A wrong form comes back with the error next to its field and status 422; a dead link says
 * so and offers a new one.
 */
@Controller
class AccountPagesController {

    private final PasswordSetting setting;
    private final PasswordReset reset;

    AccountPagesController(PasswordSetting setting, PasswordReset reset) {
        this.setting = setting;
        this.reset = reset;
    }

    @GetMapping("/account/password")
    String passwordForm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("username", setting.usable(token).map(use -> use.username()).orElse(null));
        return "account/password";
    }

    @PostMapping("/account/password")
    String setPassword(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                       @RequestParam(required = false) String confirmation, Model model,
                       jakarta.servlet.http.HttpServletResponse response) {
        PasswordSetting.Outcome outcome = setting.set(token, password, confirmation);
        if (outcome.succeeded()) {
            return "redirect:/login?activated";
        }
        response.setStatus(outcome.username() == null ? HttpStatus.GONE.value()
                : HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("token", token);
        model.addAttribute("username", outcome.username());
        model.addAttribute("problem", outcome.problem());
        return "account/password";
    }

    @GetMapping("/account/reset")
    String resetForm() {
        return "account/reset";
    }

    @PostMapping("/account/reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    String requestReset(@RequestParam(required = false) String username, Model model) {
        reset.request(username);
        model.addAttribute("sent", true);
        return "account/reset";
    }
}
