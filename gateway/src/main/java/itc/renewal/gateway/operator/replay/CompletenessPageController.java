package itc.renewal.gateway.operator.replay;

import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/** The console's store-against-topic check of a service: what is missing on its topics and what is extra. */
@Controller
class CompletenessPageController {

    private final ServiceBackend backend;

    CompletenessPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    /** The service's event store compared with its topics: what is missing there and what is extra. */
    @GetMapping("/operator/replay/{service}/completeness")
    String completeness(@PathVariable String service, @RequestParam(defaultValue = "") String memberId,
                        Authentication authentication, Model model, HttpServletResponse response) {
        Identity operator = OperatorPages.operator(authentication);
        String member = memberId.strip().toUpperCase();
        String query = member.isEmpty() ? "" : "?memberId=" + UriUtils.encodeQueryParam(member, StandardCharsets.UTF_8);
        ServiceBackend.Answer report = backend.run(operator, ReplayPageController.known(service), HttpMethod.GET,
                ReplayPageController.BASE + service + "/completeness" + query, null);
        response.setStatus(report.status());
        model.addAttribute("service", service);
        model.addAttribute("report", report.shown());
        model.addAttribute("reportProblem", report.problem());
        return "operator/completeness";
    }
}
