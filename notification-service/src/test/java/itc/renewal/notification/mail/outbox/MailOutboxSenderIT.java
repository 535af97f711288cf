package itc.renewal.notification.mail.outbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import itc.renewal.notification.mail.api.OutgoingMail;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The result e-mail of rule C4 survives an SMTP outage: the outbox keeps it and retries. */
// No Kafka consumer here: this test is about the outbox alone.
@ServiceIT(properties = "spring.cloud.stream.bindings.renewalEventsListener-in-0.consumer.auto-startup=false")
class MailOutboxSenderIT {

    /** Nothing listens here until the test starts a mail server on it. */
    private static final int SMTP_PORT = freePort();

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void c4_keepsTheResultMailWhileSmtpIsDownAndSendsItOnceBack() {
        UUID id = transactions.execute(status -> outbox.enqueue(
                new OutgoingMail("hanako@example.jp", "【ITコーディネータ協会】件名", "本文", "Body")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(row(id))
                .containsEntry("status", "PENDING")
                .hasEntrySatisfying("attempts", attempts -> assertThat((Integer) attempts).isPositive())
                .hasEntrySatisfying("last_error", error -> assertThat(error).isNotNull()));

        smtp = new GreenMail(ServerSetupTest.SMTP.port(SMTP_PORT));
        smtp.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(row(id))
                .containsEntry("status", "SENT")
                .hasEntrySatisfying("sent_at", sentAt -> assertThat(sentAt).isNotNull()));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.queryForMap("select status, attempts, last_error, sent_at from mail_outbox where id = ?", id);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
