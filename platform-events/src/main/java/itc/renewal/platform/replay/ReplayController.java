package itc.renewal.platform.replay;

import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Operators' replay of this service ({@code /api/operator/replay/<service>/…}, routed by the gateway):
 * {@code GET} tells the event store's end, {@code POST …/republish} sends stored events to the topics again.
 */
@RestController
@ProblemCodes({"403 operator.role-required", "404 replay.service-unknown"})
public class ReplayController {

    private static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");

    private final Republisher republisher;
    private final Completeness completeness;
    private final Projections projections;
    private final String service;

    public ReplayController(Republisher republisher, Completeness completeness, Projections projections,
                            String service) {
        this.republisher = republisher;
        this.completeness = completeness;
        this.projections = projections;
        this.service = service;
    }

    /** What may be republished. */
    @GetMapping("/api/operator/replay/{service}")
    public Map<String, Object> status(@PathVariable("service") String asked) {
        ours(asked);
        return Map.of("service", service, "nextPosition", republisher.head());
    }

    /** Body (both optional): {@code {"fromPosition": 120, "memberId": "M0000001"}}. */
    @PostMapping("/api/operator/replay/{service}/republish")
    @ProblemCodes({"400 replay.member-id-invalid", "400 replay.position-invalid", "409 replay.already-running",
            "503 replay.kafka-unavailable"})
    public RepublishResult republish(@PathVariable("service") String asked,
                                     @RequestBody(required = false) RepublishRequest request) {
        ours(asked);
        RepublishRequest asking = request == null ? new RepublishRequest(null, null) : request;
        checkMemberId(asking.memberId());
        return republisher.republish(asking.fromPosition(), asking.memberId());
    }

    /**
     * Whether every stored event's records are on the service's topics and nothing else is there in its name:
     * counts and ids per topic, all or for one member.
     */
    @GetMapping("/api/operator/replay/{service}/completeness")
    @ProblemCodes({"400 replay.member-id-invalid", "503 replay.kafka-unavailable"})
    public Completeness.Report completeness(@PathVariable("service") String asked,
                                            @RequestParam(required = false) String memberId) {
        ours(asked);
        checkMemberId(memberId);
        return completeness.check(memberId);
    }

    /** The projections that can be rebuilt from the event store, with whether each is replaying now. */
    @GetMapping("/api/operator/replay/{service}/projections")
    @ProblemCodes({})
    public List<Projections.Status> projections(@PathVariable("service") String asked) {
        ours(asked);
        return projections.list();
    }

    /** Empties one projection and replays the event store into it (the service goes on meanwhile). */
    @PostMapping("/api/operator/replay/{service}/projections/{name}/rebuild")
    @ProblemCodes({"404 replay.projection-unknown", "409 replay.projection-busy"})
    public Projections.Status rebuild(@PathVariable("service") String asked, @PathVariable String name) {
        ours(asked);
        return projections.rebuild(name);
    }

    /** What an operator asks to republish. */
    public record RepublishRequest(Long fromPosition, String memberId) {
    }

    /** A member id asked for (null: every member) is M and seven digits. */
    private static void checkMemberId(String memberId) {
        if (memberId != null && !MEMBER_ID.matcher(memberId).matches()) {
            throw Rejection.badInput("replay.member-id-invalid", "会員番号は M と7桁の数字で指定してください。");
        }
    }

    private void ours(String asked) {
        if (!service.equals(asked)) {
            throw Rejection.notFound("replay.service-unknown", asked + " はこのサービスではありません（" + service + "）。");
        }
    }
}
