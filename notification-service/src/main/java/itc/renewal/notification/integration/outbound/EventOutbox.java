package itc.renewal.notification.integration.outbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.provenance.Handling;
import itc.renewal.platform.provenance.Provenance;
import itc.renewal.platform.provenance.ProvenanceContext;
import itc.renewal.platform.tracing.Traces;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Queues a fact for Kafka in the transaction that records it (a transactional outbox, since notification-service
 * keeps no event store): the record goes out later, at least once, with this id ({@link EventOutboxRelay}). The
 * provenance is the one of what is being handled now: the same journey, caused by it, in the same trace.
 */
@Component
public class EventOutbox {

    /** The output binding of notification-service's facts (topic {@code itc.notification.events}). */
    static final String BINDING = "notificationEvents-out-0";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    EventOutbox(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(UUID eventId, Instant occurredAt, String memberId, Object contract) {
        Provenance cause = ProvenanceContext.current().map(Handling::forEffects).orElse(null);
        jdbc.update("insert into event_outbox (event_id, binding, member_key, event_type, payload, occurred_at, "
                        + "actor, correlation_id, causation_id, traceparent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (event_id) do nothing",
                eventId, BINDING, memberId, EventTypes.nameOf(contract.getClass()), serialize(contract),
                Timestamp.from(occurredAt), cause == null ? null : cause.actor(),
                cause == null ? null : cause.correlationId(), cause == null ? null : cause.causationId(),
                Traces.current().orElse(null));
    }

    private String serialize(Object contract) {
        try {
            return json.writeValueAsString(contract);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + contract.getClass().getName(), e);
        }
    }
}
