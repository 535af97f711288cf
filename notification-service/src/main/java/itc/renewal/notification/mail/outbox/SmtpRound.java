package itc.renewal.notification.mail.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Date;

/**
 * One round of the outbox over one SMTP connection, opened with the round's first mail and closed at its end:
 * connecting for every mail made the outbox send about 15 mails a second. A sender that is not Spring's
 * {@link JavaMailSenderImpl} sends each mail its own way.
 */
final class SmtpRound implements AutoCloseable {

    private final JavaMailSender sender;
    private Transport transport;

    SmtpRound(JavaMailSender sender) {
        this.sender = sender;
    }

    void send(MimeMessage message) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            sender.send(message);
            return;
        }
        // no isConnected() per mail (SMTP answers it with a NOOP round trip): a failed send closes the connection
        if (transport == null) {
            transport = smtp.getSession().getTransport(smtp.getProtocol());
            transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
        }
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        message.saveChanges();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            try {
                close();
            } catch (MailSendException alsoClosing) {
                e.addSuppressed(alsoClosing);
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                throw new MailSendException("closing the SMTP connection", e);
            } finally {
                transport = null;
            }
        }
    }
}
