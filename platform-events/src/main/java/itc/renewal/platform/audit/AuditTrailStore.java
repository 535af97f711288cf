package itc.renewal.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The audit trail's table: one row per stored event about a member (a redelivered event changes nothing). */
public class AuditTrailStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final String service;

    public AuditTrailStore(JdbcTemplate jdbc, ObjectMapper json, String service) {
        this.jdbc = jdbc;
        this.json = json;
        this.service = service;
    }

    /** @param payload the event as JSON text; {@code entry}'s own payload is not read */
    void record(String memberId, AuditEntry entry, String payload) {
        jdbc.update("""
                insert into audit_entry (event_id, member_id, event_type, occurred_at, aggregate_id, sequence_number,
                    actor, correlation_id, causation_id, payload)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) on conflict (event_id) do nothing""",
                entry.eventId(), memberId, entry.type(), Timestamp.from(entry.occurredAt()), entry.aggregateId(),
                entry.sequence(), entry.actor(), entry.correlationId(), entry.causationId(), payload);
    }

    void clear() {
        jdbc.update("delete from audit_entry");
    }

    /** The member's facts up to {@code asOf} (inclusive), oldest first; in one aggregate, in stream order. */
    public List<AuditEntry> of(String memberId, Instant asOf) {
        return jdbc.query("""
                select event_id, event_type, occurred_at, aggregate_id, sequence_number, actor, correlation_id,
                       causation_id, payload::text
                from audit_entry where member_id = ? and occurred_at <= ?
                order by occurred_at, aggregate_id, sequence_number""",
                (rs, row) -> new AuditEntry(rs.getString(1), service, rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), (Long) rs.getObject(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), read(rs.getString(9))),
                memberId, Timestamp.from(asOf));
    }

    private com.fasterxml.jackson.databind.JsonNode read(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable audit entry payload", e);
        }
    }
}
