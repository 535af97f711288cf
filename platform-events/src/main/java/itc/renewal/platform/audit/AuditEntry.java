package itc.renewal.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored fact about a member, as an auditor reads it: what happened when (business time, rule D2), who caused
 * it, in which journey and because of what.
 *
 * @param eventId       the stored event's id (also {@code ce_id} of a published record that relays it)
 * @param service       the service whose event store holds it
 * @param type          the event's name, e.g. {@code RenewalAppliedEvent}
 * @param occurredAt    business time of the fact
 * @param aggregateId   the aggregate it happened to (null for an event of no aggregate)
 * @param sequence      its position in that aggregate's stream
 * @param actor         {@code member:…}, {@code operator:…} or {@code system:…}; null for events stored before it was kept
 * @param correlationId the journey
 * @param causationId   the request or event that caused it
 * @param payload       the event as stored
 */
public record AuditEntry(String eventId, String service, String type, Instant occurredAt, String aggregateId,
                         Long sequence, String actor, String correlationId, String causationId, JsonNode payload) {
}
