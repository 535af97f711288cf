package itc.renewal.notification.mail.outbox;

import itc.renewal.notification.config.NotificationProperties;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Sends queued e-mails over SMTP, one row-locked transaction per mail (over one connection per round), and marks
 * each SENT.
 * <p>
 * Delivery is at-least-once: if the process dies after the SMTP server accepted a mail but before
 * the SENT mark commits, the row is still PENDING and the mail is sent again. Nothing else causes a
 * duplicate: {@code for update skip locked} keeps several instances from sending the same row.
 * A failed send counts the attempt and is retried with a growing delay (up to 10 minutes).
 */
@Component
class MailOutboxSender {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);
    /** Up to 100 mails a second: an application season's result mails go out in minutes, not hours. */
    private static final int BATCH = 100;
    private static final long MAX_DELAY_SECONDS = 600;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JavaMailSender mailSender;
    private final String from;

    MailOutboxSender(JdbcTemplate jdbc, TransactionTemplate transactions, JavaMailSender mailSender,
                     NotificationProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mailSender = mailSender;
        this.from = properties.mail().from();
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void sendPending() {
        try (SmtpRound smtp = new SmtpRound(mailSender)) {
            for (int i = 0; i < BATCH; i++) {
                if (!Boolean.TRUE.equals(transactions.execute(status -> sendNext(smtp)))) {
                    return;
                }
            }
        } catch (MailException closing) {
            log.debug("SMTP connection not closed cleanly: {}", closing.getMessage());
        }
    }

    /** @return whether to go on: a mail was sent, and the SMTP server is answering */
    private boolean sendNext(SmtpRound smtp) {
        List<PendingMail> next = jdbc.query("select id, recipient, subject, body, body_en, attempts from mail_outbox "
                        + "where status = 'PENDING' and next_attempt_at <= now() "
                        + "order by created_at limit 1 for update skip locked",
                (rs, row) -> new PendingMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getString("body_en"), rs.getInt("attempts")));
        if (next.isEmpty()) {
            return false;
        }
        PendingMail mail = next.get(0);
        try {
            smtp.send(message(mail));
        } catch (MailException | MessagingException e) {
            long delay = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(mail.attempts() + 1, 20));
            log.warn("Mail {} to {} not sent (attempt {}), retrying in {} s: {}", mail.id(), mail.recipient(),
                    mail.attempts() + 1, delay, e.getMessage());
            jdbc.update("update mail_outbox set attempts = attempts + 1, last_error = left(?, 1000), "
                    + "next_attempt_at = now() + ? * interval '1 second' where id = ?", String.valueOf(e.getMessage()),
                    delay, mail.id());
            // Stop this round: the next mail would most likely wait for the same timeout.
            return false;
        }
        jdbc.update("update mail_outbox set status = 'SENT', attempts = attempts + 1, sent_at = now(), "
                + "last_error = null where id = ?", mail.id());
        return true;
    }

    /** Japanese text, with the English alternative first when there is one (the last part is the preferred one). */
    private MimeMessage message(PendingMail mail) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, mail.recipient());
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.bodyEnglish() == null) {
            message.setText(mail.body(), "UTF-8");
            message.setHeader("Content-Language", "ja");
            return message;
        }
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part(mail.bodyEnglish(), "en"));
        alternatives.addBodyPart(part(mail.body(), "ja"));
        message.setContent(alternatives);
        return message;
    }

    private static MimeBodyPart part(String text, String language) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        part.setHeader("Content-Language", language);
        return part;
    }

    private record PendingMail(UUID id, String recipient, String subject, String body, String bodyEnglish,
                               int attempts) {
    }
}
