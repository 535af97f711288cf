package itc.renewal.gateway.operator.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One fact of a member's audit trail as a service's event store holds it (see each service's
 * {@code /internal/audit/{memberId}}).
 */
public record TrailEntry(String eventId, String service, String type, Instant occurredAt, String aggregateId,
                         Long sequence, String actor, String correlationId, String causationId, JsonNode payload) {
}
