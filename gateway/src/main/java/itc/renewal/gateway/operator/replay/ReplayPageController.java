package itc.renewal.gateway.operator.replay;

import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console's replay: republish a service's stored events to its topic (all, from a position, or one member's)
 * with their original ids, and the records parked on each service's dead-letter topics — listed, inspected, retried
 * through the listener that parked them, or discarded with a reason. Each action is the operator API's, so it is
 * audited the same way (an EventsRepublished event; a dead-letter resolution naming the operator).
 */
@Controller
@RequestMapping("/operator/replay")
class ReplayPageController {

    static final String BASE = "/api/operator/replay/";

    private final ServiceBackend backend;

    ReplayPageController(ServiceBackend backend) {
        this.backend = backend;
    }

    /** One service's row on the page: what may be republished and what is parked. */
    record ServiceRow(String service, Object nextPosition, List<Object> parked, List<Object> projections,
                      String problem) {
    }

    @GetMapping
    String replay(@RequestParam(required = false) String memberId, Authentication authentication, Model model) {
        Identity operator = OperatorPages.operator(authentication);
        List<ServiceRow> rows = new ArrayList<>();
        for (String service : OperatorPages.SERVICES) {
            try {
                rows.add(row(operator, service));
            } catch (ServiceBackend.ServiceUnavailable e) {
                // one service down: its row says so, the others' dead letters stay within reach
                rows.add(new ServiceRow(service, null, List.of(), List.of(), service + " に接続できません。"));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("memberId", memberId == null ? "" : memberId.strip());
        return "operator/replay";
    }

    private ServiceRow row(Identity operator, String service) {
        Object next = null;
        String problem = null;
        List<Object> projections = new ArrayList<>();
        if (OperatorPages.EVENT_SOURCED.contains(service)) {
            ServiceBackend.Answer status = backend.get(operator, service, BASE + service);
            next = status.ok() ? status.body().path("nextPosition").asLong() : null;
            problem = status.problem();
            ServiceBackend.Answer listed = backend.get(operator, service, BASE + service + "/projections");
            if (listed.ok()) {
                listed.body().forEach(projection -> projections.add(ServiceBackend.plain(projection)));
            }
        }
        ServiceBackend.Answer parked = backend.get(operator, service, BASE + service + "/dead-letters");
        List<Object> records = new ArrayList<>();
        if (parked.ok()) {
            parked.body().path("records").forEach(record -> records.add(ServiceBackend.plain(record)));
        } else if (problem == null) {
            problem = parked.detail();
        }
        return new ServiceRow(service, next, records, projections, problem);
    }

    @PostMapping("/{service}/republish")
    String republish(@PathVariable String service, @RequestParam(defaultValue = "") String fromPosition,
                     @RequestParam(defaultValue = "") String memberId, Authentication authentication,
                     RedirectAttributes redirect) {
        Identity operator = OperatorPages.operator(authentication);
        Map<String, Object> request = new LinkedHashMap<>();
        if (!fromPosition.isBlank()) {
            if (!fromPosition.strip().matches("\\d{1,18}")) {
                redirect.addFlashAttribute("problem", Map.of("detail",
                        "開始位置は 0 以上の整数で入力してください（入力値: " + fromPosition.strip() + "）。",
                        "code", "replay.position-invalid"));
                redirect.addFlashAttribute("problemStatus", 400);
                return "redirect:/operator/replay";
            }
            request.put("fromPosition", Long.parseLong(fromPosition.strip()));
        }
        if (!memberId.isBlank()) {
            request.put("memberId", memberId.strip().toUpperCase());
        }
        ServiceBackend.Answer answer = backend.run(operator, known(service), HttpMethod.POST,
                BASE + service + "/republish", request);
        OperatorPages.tell(redirect, answer, "console.replay.republished", service,
                answer.body().path("recordsPublished").asLong(), answer.body().path("eventsRead").asLong(),
                answer.body().path("millis").asLong());
        return "redirect:/operator/replay";
    }

    @PostMapping("/{service}/projections/{name}/rebuild")
    String rebuild(@PathVariable String service, @PathVariable String name, Authentication authentication,
                   RedirectAttributes redirect) {
        Identity operator = OperatorPages.operator(authentication);
        ServiceBackend.Answer answer = backend.run(operator, known(service), HttpMethod.POST, BASE + service
                + "/projections/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8) + "/rebuild", Map.of());
        OperatorPages.tell(redirect, answer, "console.replay.rebuilding", service, name);
        return "redirect:/operator/replay#projections-heading";
    }

    @GetMapping("/{service}/dead-letters/{topic}/{partition}/{offset}")
    String inspect(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                   @PathVariable long offset, Authentication authentication, Model model,
                   HttpServletResponse response) {
        Identity operator = OperatorPages.operator(authentication);
        ServiceBackend.Answer record = backend.get(operator, known(service),
                deadLetter(service, topic, partition, offset));
        response.setStatus(record.status());
        model.addAttribute("service", service);
        model.addAttribute("record", record.shown());
        model.addAttribute("recordProblem", record.ok() ? null : ServiceBackend.plain(record.body()));
        return "operator/dead-letter";
    }

    @PostMapping("/{service}/dead-letters/{topic}/{partition}/{offset}/retry")
    String retry(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                 @PathVariable long offset, Authentication authentication, RedirectAttributes redirect) {
        return resolve(service, topic, partition, offset, "retry", Map.of(), "console.replay.retried",
                authentication, redirect);
    }

    @PostMapping("/{service}/dead-letters/{topic}/{partition}/{offset}/discard")
    String discard(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                   @PathVariable long offset, @RequestParam(defaultValue = "") String reason,
                   Authentication authentication, RedirectAttributes redirect) {
        return resolve(service, topic, partition, offset, "discard", Map.of("reason", reason.strip()),
                "console.replay.discarded", authentication, redirect);
    }

    /**
     * Retries or discards a parked record; done, back to the list; refused, back to the record's page with the
     * service's problem.
     */
    private String resolve(String service, String topic, int partition, long offset, String action,
                           Map<String, String> body, String done, Authentication authentication,
                           RedirectAttributes redirect) {
        Identity operator = OperatorPages.operator(authentication);
        String address = deadLetter(service, topic, partition, offset);
        ServiceBackend.Answer answer = backend.post(operator, known(service), address + "/" + action, body);
        OperatorPages.tell(redirect, answer, done, topic + "/" + partition + "/" + offset);
        return answer.ok() ? "redirect:/operator/replay"
                : "redirect:/operator" + address.substring("/api/operator".length());
    }

    private static String deadLetter(String service, String topic, int partition, long offset) {
        return BASE + service + "/dead-letters/" + UriUtils.encodePathSegment(topic, StandardCharsets.UTF_8) + "/"
                + partition + "/" + offset;
    }

    /** Only the services the console knows are called (the route is chosen by name). */
    static String known(String service) {
        if (!OperatorPages.SERVICES.contains(service)) {
            throw new UnknownService(service);
        }
        return service;
    }

    /** A service name in the address that the console does not know: 404. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class UnknownService extends RuntimeException {
        UnknownService(String service) {
            super("unknown service " + service);
        }
    }
}
