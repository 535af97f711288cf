package itc.renewal.notification.integration.outbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.platform.provenance.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends the outbox's facts to Kafka, oldest first, one row-locked transaction each (a row waiting after a failed
 * send lets later ones pass; facts here are one per renewal, so no member's order depends on it): the row is
 * marked published only after the broker acknowledged it (and its member sequence is taken in the same
 * transaction). A process that dies in between sends it again with the same id, which subscribers drop; several
 * instances never send the same row at once ({@code for update skip locked}). A failed send waits longer each time
 * (up to a minute) and stops the round, since the next would most likely fail the same way.
 */
@Component
class EventOutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(EventOutboxRelay.class);
    private static final int BATCH = 100;
    private static final long MAX_DELAY_SECONDS = 60;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final IntegrationEventPublisher publisher;
    private final ObjectMapper json;

    EventOutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, IntegrationEventPublisher publisher,
                     ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.publisher = publisher;
        this.json = json;
    }

    private record Pending(UUID eventId, String binding, String memberKey, String type, String payload,
                           Instant occurredAt, Provenance provenance, String traceparent, int attempts) {
    }

    /** A send that failed, counted once its transaction is rolled back. */
    private record Failure(UUID eventId, int attempts, String error) {
    }

    /** What one transaction did: sent a record (go on), found none, or failed. */
    private record Outcome(boolean sent, Failure failure) {

        static final Outcome SENT = new Outcome(true, null);
        static final Outcome NONE = new Outcome(false, null);

        static Outcome failed(Failure failure) {
            return new Outcome(false, failure);
        }
    }

    @Scheduled(fixedDelay = 500, initialDelay = 1000)
    void sendPending() {
        for (int i = 0; i < BATCH; i++) {
            Outcome outcome = transactions.execute(this::sendNext);
            if (outcome != null && outcome.failure() != null) {
                record(outcome.failure());
            }
            if (outcome == null || !outcome.sent()) {
                return;
            }
        }
    }

    private Outcome sendNext(TransactionStatus status) {
        List<Pending> next = jdbc.query("select * from event_outbox where published_at is null "
                        + "and next_attempt_at <= now() order by created_at limit 1 for update skip locked",
                (rs, row) -> new Pending(rs.getObject("event_id", UUID.class), rs.getString("binding"),
                        rs.getString("member_key"), rs.getString("event_type"), rs.getString("payload"),
                        rs.getTimestamp("occurred_at").toInstant(), new Provenance(rs.getString("actor"),
                        rs.getString("correlation_id"), rs.getString("causation_id")), rs.getString("traceparent"),
                        rs.getInt("attempts")));
        if (next.isEmpty()) {
            return Outcome.NONE;
        }
        Pending record = next.get(0);
        try {
            Object contract = json.readValue(record.payload(), EventTypes.classOf(record.type()).orElseThrow(
                    () -> new IllegalStateException("unknown event type " + record.type())));
            publisher.publish(record.binding(), record.eventId(), record.occurredAt(), record.memberKey(), contract,
                    record.provenance(), record.traceparent());
        } catch (IOException | RuntimeException e) {
            status.setRollbackOnly(); // the member sequence it took too: taken again on the next try
            return Outcome.failed(new Failure(record.eventId(), record.attempts(), e.toString()));
        }
        jdbc.update("update event_outbox set published_at = now(), attempts = attempts + 1, last_error = null "
                + "where event_id = ?", record.eventId());
        return Outcome.SENT;
    }

    private void record(Failure failure) {
        long delay = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(failure.attempts() + 1, 10));
        log.warn("Event {} not published (attempt {}), retrying in {} s: {}", failure.eventId(),
                failure.attempts() + 1, delay, failure.error());
        transactions.executeWithoutResult(status -> jdbc.update("update event_outbox set attempts = attempts + 1, "
                + "last_error = left(?, 1000), next_attempt_at = now() + ? * interval '1 second' where event_id = ?",
                failure.error(), delay, failure.eventId()));
    }
}
