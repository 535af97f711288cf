package itc.renewal.notification;

import itc.renewal.contracts.EventTypes;
import itc.renewal.platformtest.KafkaEvents;
import itc.renewal.platformtest.ServiceIT;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule C4's acknowledgement mails on a real broker, database and SMTP server: the application, the payment and the
 * report each get one mail, in Japanese with an English part, even when Kafka delivers an event twice, and even when
 * the step arrives before the holder's contact (topics are not ordered among each other).
 */
@ServiceIT(properties = "platform.clock.start=2027-04-12T11:00:00+09:00")
class AcknowledgementIT {

    @RegisterExtension
    static final SmtpServer smtp = new SmtpServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.configure(registry);
    }

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void c4_applicationPaymentAndReportAreEachAcknowledgedOnceEvenBeforeTheContactArrives() throws Exception {
        Holder holder = Holder.random();
        String member = holder.memberId();
        UUID applied = UUID.randomUUID();
        publish(EventTypes.RENEWAL_TOPIC, member, applied, "renewal.RenewalApplied.v1", """
                {"eventId":"%s","occurredAt":"2027-04-12T02:00:00Z","memberId":"%s","renewalId":"2027-%s",
                 "fiscalYear":2027,"feeAmount":22000,"currency":"JPY","feeWaived":false,"termsVersion":"2027.1",
                 "windowClosesAt":"2027-05-31T15:00:00Z"}""".formatted(applied, member, member));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from waiting_for_contact where member_id = ?", Integer.class, member) == 1);
        assertThat(smtp.mailsTo(holder)).as("no contact yet: the acknowledgement waits").isEmpty();

        publish(EventTypes.HOLDERS_TOPIC, member, UUID.randomUUID(), "holders.HolderRegistered.v1", """
                {"eventId":"%s","occurredAt":"2027-04-01T00:00:00Z","memberId":"%s","name":"受付 花子",
                 "nameKana":"ウケツケ ハナコ","email":"%s","certificationNumber":"0000009001A"}"""
                .formatted(UUID.randomUUID(), member, holder.email()));
        MimeMessage application = smtp.awaitMails(holder, 1).get(0);
        assertThat(application.getSubject()).isEqualTo("【ITコーディネータ協会】2027年度 資格更新のお申し込みを受け付けました");
        assertThat(SmtpServer.text(application, "ja")).contains("受付 花子 様", "2027年度資格更新のお申し込みが完了しています",
                "22,000円", "2027年5月31日（月）24:00");
        assertThat(SmtpServer.text(application, "en")).contains("fiscal year 2027 renewal", "JPY 22,000");

        UUID paid = UUID.randomUUID();
        String feePaid = """
                {"eventId":"%s","occurredAt":"2027-04-12T03:00:00Z","memberId":"%s","renewalId":"2027-%s",
                 "fiscalYear":2027,"amount":22000,"currency":"JPY","method":"BANK_TRANSFER"}"""
                .formatted(paid, member, member);
        publish(EventTypes.PAYMENT_TOPIC, member, paid, "payment.FeePaid.v1", feePaid);
        publish(EventTypes.PAYMENT_TOPIC, member, paid, "payment.FeePaid.v1", feePaid);
        UUID reported = UUID.randomUUID();
        publish(EventTypes.REPORT_TOPIC, member, reported, "report.ReportSubmitted.v1", """
                {"eventId":"%s","occurredAt":"2027-04-12T04:00:00Z","memberId":"%s","renewalId":"2027-%s",
                 "fiscalYear":2027,"questionnaireVersion":"2027.1"}""".formatted(reported, member, member));

        smtp.awaitMails(holder, 3);
        // the duplicate FeePaid adds nothing, however long one looks
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10))
                .until(() -> smtp.mailsTo(holder).size() == 3);
        List<MimeMessage> mails = smtp.mailsTo(holder);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "【ITコーディネータ協会】2027年度 資格更新のお申し込みを受け付けました",
                "【ITコーディネータ協会】2027年度 資格更新料のお支払いを確認しました",
                "【ITコーディネータ協会】2027年度 実務活動報告書を受け付けました");
        MimeMessage payment = mails.stream().filter(m -> subject(m).contains("お支払い")).findFirst().orElseThrow();
        assertThat(SmtpServer.text(payment, "ja")).contains("22,000円", "銀行振込", "購入履歴");
    }

    private void publish(String topic, String key, UUID eventId, String type, String json) throws Exception {
        KafkaEvents.publish(brokers, topic, key, eventId, type, json.getBytes(StandardCharsets.UTF_8));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
