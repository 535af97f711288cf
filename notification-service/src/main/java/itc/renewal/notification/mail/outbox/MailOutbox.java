package itc.renewal.notification.mail.outbox;

import itc.renewal.notification.mail.api.OutgoingMail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.UUID;

/**
 * Queues e-mails in the caller's transaction; {@link MailOutboxSender} sends them after commit. So a
 * mail goes out if and only if the change that caused it was committed, and an SMTP outage never
 * rolls that change back.
 */
@Component
public class MailOutbox {

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        UUID id = UUID.randomUUID();
        insert(id, mail);
        return id;
    }

    /**
     * Queues {@code mail} under the caller's id unless a mail with that id is queued already, so a caller that
     * retries (another service whose request timed out) sends it once; whether it was new.
     */
    @Transactional
    public boolean enqueueOnce(UUID id, OutgoingMail mail) {
        return insert(id, mail);
    }

    private boolean insert(UUID id, OutgoingMail mail) {
        return jdbc.update("insert into mail_outbox (id, recipient, subject, body, body_en, status) "
                + "values (?, ?, ?, ?, ?, 'PENDING') on conflict (id) do nothing",
                id, mail.to(), mail.subject(), mail.body(), mail.bodyEnglish()) == 1;
    }
}
