package itc.renewal.notification.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * notification-service's part of a member's audit trail (it keeps no event store): each certificate issued and each
 * notice posted, at business time. Mails are not listed yet: the outbox keeps neither the member nor business time.
 */
@Repository
public class MemberFacts {

    private static final String ACTOR = "system:notification-service";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    MemberFacts(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The member's facts up to {@code asOf}, oldest first, in the shape of the event-sourced services' entries. */
    public List<Map<String, Object>> of(String memberId, Instant asOf) {
        Timestamp until = Timestamp.from(asOf);
        List<Map<String, Object>> facts = new ArrayList<>();
        jdbc.query("""
                select certificate_id, renewal_id, fiscal_year, certification_number, new_expiry, issued_at
                from certificate where member_id = ? and issued_at <= ?""", rs -> {
            ObjectNode payload = json.createObjectNode().put("renewalId", rs.getString(2)).put("fiscalYear", rs.getInt(3))
                    .put("certificationNumber", rs.getString(4)).put("newExpiry", rs.getString(5));
            facts.add(fact(rs.getString(1), "CertificateIssued", rs.getTimestamp(6).toInstant(), rs.getString(2), payload));
        }, memberId, until);
        jdbc.query("select notice_id, title, published_at from notice where member_id = ? and published_at <= ?", rs -> {
            facts.add(fact(rs.getString(1), "NoticePosted", rs.getTimestamp(3).toInstant(), null,
                    json.createObjectNode().put("title", rs.getString(2))));
        }, memberId, until);
        facts.sort(Comparator.comparing(fact -> (Instant) fact.get("occurredAt")));
        return facts;
    }

    private static Map<String, Object> fact(String id, String type, Instant at, String aggregateId, ObjectNode payload) {
        Map<String, Object> fact = new java.util.LinkedHashMap<>();
        fact.put("eventId", id);
        fact.put("service", "notification-service");
        fact.put("type", type);
        fact.put("occurredAt", at);
        fact.put("aggregateId", aggregateId);
        fact.put("actor", ACTOR);
        fact.put("payload", payload);
        return fact;
    }
}
