package itc.renewal.platform.messaging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/**
 * Idempotent consumption: the id of every processed event is stored in the same transaction as its
 * effect, so a redelivered event (at-least-once Kafka) is recognised and skipped: effectively once.
 */
public class Inbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs {@code effect} in one transaction with the record that {@code consumer} processed
     * {@code eventId}; does nothing when it already did.
     *
     * @return whether the effect ran
     */
    public boolean processOnce(String consumer, UUID eventId, Runnable effect) {
        Boolean ran = transactions.execute(status -> {
            int inserted = jdbc.update("insert into processed_event (consumer, event_id) values (?, ?) "
                    + "on conflict do nothing", consumer, eventId);
            if (inserted == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }
}
