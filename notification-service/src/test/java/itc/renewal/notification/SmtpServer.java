package itc.renewal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The SMTP server of one IT class ({@code @RegisterExtension static}): it starts with the class, before the
 * class's context, and stops after its last test.
 */
final class SmtpServer implements AfterAllCallback {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    SmtpServer() {
        mail.start();
    }

    /** Points the context's mail sender here; call it from the class's {@code @DynamicPropertySource}. */
    void configure(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    }

    List<MimeMessage> awaitMails(Holder holder, int count) {
        return await().atMost(PATIENCE).until(() -> Arrays.stream(mail.getReceivedMessages())
                .filter(message -> addressedTo(message, holder.email()))
                .toList(), mails -> mails.size() >= count);
    }

    /** The mails received for {@code holder} so far, without waiting. */
    List<MimeMessage> mailsTo(Holder holder) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> addressedTo(message, holder.email()))
                .toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        mail.stop();
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(email));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the part in {@code language} (ja, en) of a mail, or its only text. */
    static String text(MimeMessage mail, String language) throws Exception {
        Object content = mail.getContent();
        if (content instanceof String text) {
            return text;
        }
        MimeMultipart parts = (MimeMultipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            if (language.equals(parts.getBodyPart(i).getHeader("Content-Language")[0])) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + language + " part");
    }
}
