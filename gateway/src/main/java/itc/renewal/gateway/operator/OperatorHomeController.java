package itc.renewal.gateway.operator;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where an operator lands after logging in (operator role only, see SecurityConfiguration): what operators do
 * today, through the API with their own account; the console pages arrive with their own issue.
 */
@Controller
class OperatorHomeController {

    @GetMapping("/operator")
    String home() {
        return "operator/home";
    }
}
