package itc.renewal.gateway.operator;

import itc.renewal.gateway.auth.LoggedIn;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.Identity;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.List;

/**
 * What every page of the operator console shares: the operator behind the request (the console is behind the
 * OPERATOR role, see SecurityConfiguration), the services the console speaks to, how an action's outcome reaches
 * the page the browser is sent back to, and the 503 page when a service can not be reached.
 */
@ControllerAdvice(basePackageClasses = OperatorPages.class)
public class OperatorPages {

    /** The services that keep facts about members, in the order of a journey. */
    public static final List<String> SERVICES = List.of("points-service", "renewal-service", "payment-service",
            "activity-report-service", "notification-service");

    /** The services with an event store to republish from (notification-service keeps none). */
    public static final List<String> EVENT_SOURCED = SERVICES.subList(0, 4);

    /**
     * The fiscal year a page is asked for: the business clock's for none, null for text that is no year (e.g.
     * {@code 27}, {@code abc}), which the page refuses.
     */
    public static Integer fiscalYear(String text, BusinessClock clock) {
        if (text == null || text.isBlank()) {
            return clock.fiscalYear().year();
        }
        if (!text.strip().matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(text.strip());
        return year >= 2000 && year <= 2100 ? year : null;
    }

    /** The operator behind a console request. */
    public static Identity operator(Authentication authentication) {
        Identity identity = LoggedIn.identity(authentication)
                .orElseThrow(() -> new IllegalStateException("the console is behind the login"));
        if (!identity.isOperator()) {
            throw new AccessDeniedException("operators only");
        }
        return identity;
    }

    /**
     * After an action (post, then redirect): on success the message {@code done} (a message key) with its
     * arguments; on a refusal the service's problem — its {@code detail}, its {@code code} and any row or field
     * errors — so the page shows exactly what the API would have answered.
     */
    public static void tell(RedirectAttributes redirect, ServiceBackend.Answer answer, String done, Object... args) {
        if (answer.ok()) {
            redirect.addFlashAttribute("done", done);
            // as text: a message format would print the fiscal year 2031 as "2,031"
            redirect.addFlashAttribute("doneArgs", Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
            redirect.addFlashAttribute("result", ServiceBackend.plain(answer.body()));
        } else {
            refused(redirect, answer);
        }
    }

    /** A refusal as the page shows it: status, code, detail and any row or field errors. */
    private static void refused(RedirectAttributes redirect, ServiceBackend.Answer answer) {
        redirect.addFlashAttribute("problem", ServiceBackend.plain(answer.body()));
        redirect.addFlashAttribute("problemStatus", answer.status());
    }

    /** The name of an uploaded file, for the page's message. */
    public static String fileName(MultipartFile file) {
        return file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    }

    @ExceptionHandler(ServiceBackend.ServiceUnavailable.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable() {
        return "operator/unavailable";
    }
}
