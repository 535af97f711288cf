package itc.renewal.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.RealInfrastructure;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules C2, C3 and C4 end to end on a real broker, database and SMTP server: a RenewalCompleted on Kafka becomes a
 * stored certificate, a notice with a working download link and one result e-mail; a RenewalReminderDue or a
 * RenewalLapsed becomes a notice and one e-mail (the notice alone when an older event carries no address).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.clock.start=2027-04-12T11:00:00+09:00")
@RealInfrastructure
// Closed after the class, so its consumer and mail sender stop with the SMTP server of this class.
@DirtiesContext
class NotificationServiceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final GreenMail smtp = startSmtp();
    private static final String REMINDER_NOTICE =
            "2027年度 資格更新手続きのお願い（未完了: 更新料のお支払い、実務活動報告の提出／2027年5月31日（月）24:00まで）";
    private static final String REMINDER_SUBJECT = "【ITコーディネータ協会】2027年度資格更新手続きのお願い";
    private static final String LAPSE_NOTICE = "2027年度 資格失効のお知らせ（資格有効期限 2027年5月31日）";
    private static final String LAPSE_SUBJECT = "【ITコーディネータ協会】資格失効のお知らせ";

    @Autowired
    TestRestTemplate http;

    @Autowired
    IdentitySigner signer;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void c4_completedRenewalGetsCertificateNoticeAndResultMail() throws Exception {
        Holder holder = Holder.random();

        produceCompleted(holder, UUID.randomUUID(), 2027);

        List<Map<String, Object>> notices = awaitNotices(holder, 1);
        assertThat(notices.get(0)).containsEntry("title", "2027年度 更新結果通知書")
                .containsEntry("downloadPath", "/api/certificates/2027-" + holder.memberId());
        // Business time (the demo clock set above) in Japan time.
        assertThat((String) notices.get(0).get("publishedAt")).startsWith("2027-04-12T11:").endsWith("+09:00");

        ResponseEntity<byte[]> pdf = http.exchange("/api/certificates/2027-" + holder.memberId(), HttpMethod.GET,
                signedAs(holder.memberId()), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("certificate-2027.pdf");
        try (var document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("更新結果通知書兼資格証明書",
                    "見本 太郎", "認定番号 0000002001C", "認定年月 2016年3月", "資格有効期限 2028年05月31日",
                    "発行日　2027年04月12日");
        }

        MimeMessage mail = awaitMails(holder, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("【ITコーディネータ協会】2027年度 資格更新完了のお知らせ（更新結果通知メール）");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(holder.email());
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("noreply@itc-renewal.example.jp");
        assertThat((String) mail.getContent()).contains("見本 太郎 様", "0000002001C", "2028年05月31日",
                "ITC+メンバーページ");

        ResponseEntity<String> someoneElse = http.exchange("/api/certificates/2027-" + holder.memberId(),
                HttpMethod.GET, signedAs("M0000999"), String.class);
        assertThat(someoneElse.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(someoneElse.getBody()).contains("notification.certificate-not-found");
    }

    @Test
    void c4_redeliveredCompletionIssuesOneCertificateAndOneMail() throws Exception {
        Holder holder = Holder.random();
        UUID eventId = UUID.randomUUID();

        produceCompleted(holder, eventId, 2027);
        produceCompleted(holder, eventId, 2027);
        // The same completion republished under a new event id must not issue a second certificate either.
        produceCompleted(holder, UUID.randomUUID(), 2027);
        // Same key, same partition: once this later completion shows, the three above were consumed.
        produceCompleted(holder, UUID.randomUUID(), 2028);

        List<Map<String, Object>> notices = awaitNotices(holder, 2);
        assertThat(notices).extracting(notice -> notice.get("title"))
                .containsExactly("2028年度 更新結果通知書", "2027年度 更新結果通知書");
        assertThat(jdbc.queryForObject("select count(*) from certificate where member_id = ?", Integer.class,
                holder.memberId())).isEqualTo(2);
        // Mails leave in queue order, so when the 2028 mail has arrived any duplicate 2027 mail would have too.
        List<MimeMessage> mails = awaitMails(holder, 2);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "【ITコーディネータ協会】2027年度 資格更新完了のお知らせ（更新結果通知メール）",
                "【ITコーディネータ協会】2028年度 資格更新完了のお知らせ（更新結果通知メール）");
    }

    @Test
    void c2_reminderBecomesNoticeAndMailAndADuplicateSendsNoSecondMail() throws Exception {
        Holder holder = Holder.random();
        UUID eventId = UUID.randomUUID();

        events().reminderDue(holder.memberId(), holder.email(), eventId);
        events().reminderDue(holder.memberId(), holder.email(), eventId);
        // Same key, same partition: once this lapse shows, the duplicate above was consumed.
        events().lapsed(holder.memberId(), holder.email(), UUID.randomUUID(), true);

        assertThat(awaitNotices(holder, 2)).extracting(notice -> notice.get("title"))
                .containsExactlyInAnyOrder(REMINDER_NOTICE, LAPSE_NOTICE);
        // Mails leave in queue order: a duplicate reminder would arrive before the lapse mail.
        List<MimeMessage> mails = awaitMails(holder, 2);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(REMINDER_SUBJECT, LAPSE_SUBJECT);
        assertThat((String) mails.get(0).getContent()).contains("見本 太郎 様", "　　・更新料のお支払い",
                "　　・実務活動報告の提出", "　手続き期限：2027年5月31日（月）24:00まで", "http://127.0.0.1:8080");
        assertThat((String) mails.get(1).getContent()).contains("お申し込みをいただきましたが",
                "　資格有効期限：2027年5月31日");
    }

    @Test
    void c3_lapseOfAHolderWhoNeverAppliedBecomesNoticeAndMail() throws Exception {
        Holder holder = Holder.random();

        events().lapsed(holder.memberId(), holder.email(), UUID.randomUUID(), false);

        assertThat(awaitNotices(holder, 1)).extracting(notice -> notice.get("title")).containsExactly(LAPSE_NOTICE);
        MimeMessage mail = awaitMails(holder, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo(LAPSE_SUBJECT);
        assertThat((String) mail.getContent()).contains("見本 太郎 様", "お申し込みが確認できませんでした",
                "　資格有効期限：2027年5月31日");
    }

    /** Published before RenewalLapsed carried the holder's address: the notice alone. */
    @Test
    void c3_anOlderLapseWithoutAddressPublishesTheNoticeOnly() throws Exception {
        Holder holder = Holder.random();
        int queued = queuedMails();

        events().olderLapsed(holder.memberId(), UUID.randomUUID());
        // Same key, same partition: once this reminder shows, the lapse above was consumed.
        events().reminderDue(holder.memberId(), holder.email(), UUID.randomUUID());

        assertThat(awaitNotices(holder, 2)).extracting(notice -> notice.get("title"))
                .containsExactlyInAnyOrder(LAPSE_NOTICE, REMINDER_NOTICE);
        assertThat(awaitMails(holder, 1)).extracting(MimeMessage::getSubject).containsExactly(REMINDER_SUBJECT);
        assertThat(queuedMails()).as("only the reminder's mail").isEqualTo(queued + 1);
    }

    private int queuedMails() {
        return jdbc.queryForObject("select count(*) from mail_outbox", Integer.class);
    }

    private RenewalEventsProducer events() {
        return new RenewalEventsProducer(brokers);
    }

    private void produceCompleted(Holder holder, UUID eventId, int fiscalYear) throws Exception {
        events().completed(holder.memberId(), holder.email(), eventId, fiscalYear);
    }

    private List<Map<String, Object>> awaitNotices(Holder holder, int count) {
        return await().atMost(PATIENCE).until(() -> http.exchange("/api/notices", HttpMethod.GET,
                        signedAs(holder.memberId()), new ParameterizedTypeReference<List<Map<String, Object>>>() {
                        }).getBody(),
                notices -> notices != null && notices.size() >= count);
    }

    private List<MimeMessage> awaitMails(Holder holder, int count) {
        return await().atMost(PATIENCE).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> addressedTo(message, holder.email()))
                .toList(), mails -> mails.size() >= count);
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(address -> address.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpEntity<Void> signedAs(String memberId) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member(memberId), Instant.now()).forEach(headers::add);
        return new HttpEntity<>(headers);
    }

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    /** A holder of its own per test, so tests sharing the broker and SMTP server never see each other's data. */
    private record Holder(String memberId, String email) {

        static Holder random() {
            String memberId = "M" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
            return new Holder(memberId, memberId.toLowerCase() + "@example.jp");
        }
    }
}
