package itc.renewal.platform.messaging.deadletter;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.platform.provenance.Provenance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Operators' dead letters of this service ({@code /api/operator/replay/<service>/dead-letters…}, routed by the
 * gateway; the gateway's own are answered by the gateway): list, inspect, retry, discard with a reason.
 */
@RestController
@ProblemCodes({"403 operator.role-required", "404 replay.service-unknown"})
public class DeadLetterController {

    private static final String BASE = "/api/operator/replay/{service}/dead-letters";

    private final DeadLetters deadLetters;
    private final String service;

    public DeadLetterController(DeadLetters deadLetters, String service) {
        this.deadLetters = deadLetters;
        this.service = service;
    }

    @GetMapping(BASE)
    @ProblemCodes({"503 dead-letter.unavailable"})
    public Map<String, Object> list(Identity identity, @PathVariable("service") String asked) {
        check(identity, asked);
        List<DeadLetter> open = deadLetters.open();
        return Map.of("service", service, "topics", deadLetters.topics().stream().sorted().toList(), "records", open);
    }

    @GetMapping(BASE + "/{topic}/{partition}/{offset}")
    @ProblemCodes({"404 dead-letter.record-unknown", "404 dead-letter.topic-unknown"})
    public DeadLetter inspect(Identity identity, @PathVariable("service") String asked, @PathVariable String topic,
                              @PathVariable int partition, @PathVariable long offset) {
        check(identity, asked);
        return deadLetters.inspect(topic, partition, offset);
    }

    @PostMapping(BASE + "/{topic}/{partition}/{offset}/retry")
    @ProblemCodes({"404 dead-letter.record-unknown", "404 dead-letter.topic-unknown",
            "409 dead-letter.already-resolved", "422 dead-letter.retry-failed"})
    public Map<String, Object> retry(Identity identity, @PathVariable("service") String asked,
                                     @PathVariable String topic, @PathVariable int partition,
                                     @PathVariable long offset) {
        check(identity, asked);
        return Map.of("outcome", deadLetters.retry(topic, partition, offset, actor(identity)));
    }

    /** Body: {@code {"reason": "…"}}. */
    @PostMapping(BASE + "/{topic}/{partition}/{offset}/discard")
    @ProblemCodes({"400 dead-letter.reason-required", "404 dead-letter.record-unknown", "404 dead-letter.topic-unknown",
            "409 dead-letter.already-resolved"})
    public Map<String, Object> discard(Identity identity, @PathVariable("service") String asked,
                                       @PathVariable String topic, @PathVariable int partition,
                                       @PathVariable long offset, @RequestBody(required = false) Discard discard) {
        check(identity, asked);
        deadLetters.discard(topic, partition, offset, actor(identity), discard == null ? null : discard.reason());
        return Map.of("outcome", "DISCARDED");
    }

    /** Why an operator discards a parked record. */
    public record Discard(String reason) {
    }

    private void check(Identity identity, String asked) {
        if (!identity.isOperator()) {
            throw Rejection.forbidden("operator.role-required", "運用担当者のみが利用できます。");
        }
        if (!service.equals(asked)) {
            throw Rejection.notFound("replay.service-unknown", asked + " はこのサービスではありません（" + service + "）。");
        }
    }

    private static String actor(Identity identity) {
        return Provenance.operator(identity.subject());
    }
}
