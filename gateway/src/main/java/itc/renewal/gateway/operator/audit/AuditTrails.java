package itc.renewal.gateway.operator.audit;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.gateway.operator.OperatorPages;
import itc.renewal.gateway.routing.ServiceCalls;
import itc.renewal.platform.problem.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member's audit trail across the services: each event-sourced service's part (its {@code /internal/audit}),
 * merged in causal order. All or nothing: a trail missing a service's facts would mislead an auditor, so a service
 * that does not answer makes the whole trail a 503 naming it.
 */
@Component
class AuditTrails {

    private static final Logger log = LoggerFactory.getLogger(AuditTrails.class);
    private static final ParameterizedTypeReference<List<TrailEntry>> ENTRIES = new ParameterizedTypeReference<>() {
    };

    private static final ParameterizedTypeReference<List<JsonNode>> STATES = new ParameterizedTypeReference<>() {
    };

    private final ServiceCalls calls;

    AuditTrails(ServiceCalls calls) {
        this.calls = calls;
    }

    /** @param asOf null: as of each service's now */
    List<TrailEntry> of(String memberId, Instant asOf) {
        List<TrailEntry> entries = new ArrayList<>();
        for (String service : OperatorPages.SERVICES) {
            entries.addAll(ask(service, "/internal/audit/{memberId}", memberId, asOf, ENTRIES));
        }
        return CausalOrder.of(entries);
    }

    /** The member's renewals as they stood at {@code asOf} (null: now), as renewal-service folds its facts. */
    List<JsonNode> renewals(String memberId, Instant asOf) {
        return ask("renewal-service", "/internal/audit/{memberId}/renewals", memberId, asOf, STATES);
    }

    /** One service's answer, or 503 naming the service: no trail is answered with a part missing. */
    private <T> List<T> ask(String service, String path, String memberId, Instant asOf,
                            ParameterizedTypeReference<List<T>> type) {
        try {
            List<T> answer = calls.asGateway(service).method(HttpMethod.GET)
                    .uri(uri -> uri.path(path).queryParamIfPresent("asOf", Optional.ofNullable(asOf)).build(memberId))
                    .retrieve().body(type);
            return answer == null ? List.of() : answer;
        } catch (RestClientException e) {
            log.warn("audit trail of {}: {} did not answer: {}", memberId, service, e.toString());
            throw new Rejection(503, "audit.service-unavailable", service
                    + " が応答しないため、監査記録をすべて揃えられません。しばらくしてからもう一度お試しください。");
        }
    }
}
