package itc.renewal.notification;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.ServiceIT;
import itc.renewal.platformtest.SignedRequests;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule C4 end to end on a real broker, database and SMTP server: a RenewalCompleted on Kafka becomes a stored
 * certificate, a notice with a working download link and one result e-mail. Reminders and lapses are in
 * {@link DeadlineNotificationIT}.
 */
@ServiceIT(properties = "platform.clock.start=2027-04-12T11:00:00+09:00")
@Import(NotificationServiceDriver.class)
class NotificationServiceIT {

    @RegisterExtension
    static final SmtpServer smtp = new SmtpServer();

    @Autowired
    TestRestTemplate http;

    @Autowired
    NotificationServiceDriver driver;

    @Autowired
    IdentitySigner signer;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.configure(registry);
    }

    @Test
    void c4_completedRenewalGetsCertificateNoticeAndResultMail() throws Exception {
        Holder holder = Holder.random();

        produceCompleted(holder, UUID.randomUUID(), 2027);

        List<Map<String, Object>> notices = driver.awaitNotices(holder, 1);
        assertThat(notices.get(0)).containsEntry("title", "2027年度 更新結果通知書")
                .containsEntry("downloadPath", "/api/certificates/2027-" + holder.memberId());
        // Business time (the demo clock set above) in Japan time.
        assertThat((String) notices.get(0).get("publishedAt")).startsWith("2027-04-12T11:").endsWith("+09:00");

        String certificate = "/api/certificates/2027-" + holder.memberId();
        ResponseEntity<byte[]> pdf = http.exchange(certificate, HttpMethod.GET,
                driver.signedAs(holder.memberId(), certificate), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("certificate-2027.pdf");
        try (var document = Loader.loadPDF(pdf.getBody())) {
            assertThat(new PDFTextStripper().getText(document)).contains("更新結果通知書兼資格証明書",
                    "見本 太郎", "認定番号 0000002001C", "認定年月 2016年3月", "資格有効期限 2028年05月31日",
                    "発行日　2027年04月12日");
        }

        MimeMessage mail = smtp.awaitMails(holder, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("【ITコーディネータ協会】2027年度 資格更新完了のお知らせ（更新結果通知メール）");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly(holder.email());
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("noreply@itc-renewal.example.jp");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(SmtpServer.text(mail, "en")).contains("has been renewed for fiscal year 2027", "0000002001C",
                "2028-05-31");
        assertThat(SmtpServer.text(mail, "ja")).contains("見本 太郎 様", "0000002001C", "2028年05月31日",
                "ITC+メンバーページ");

        ResponseEntity<String> someoneElse = http.exchange("/api/certificates/2027-" + holder.memberId(),
                HttpMethod.GET, driver.signedAs("M0000999", certificate), String.class);
        assertThat(someoneElse.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(someoneElse.getBody()).contains("notification.certificate-not-found");
    }

    @Test
    void anotherServicesMailIsQueuedOnceByItsIdAndOnlyAServiceMayAskForIt() throws Exception {
        Holder holder = Holder.random();
        UUID id = UUID.randomUUID();
        String mail = """
                {"id":"%s","to":"%s","subject":"【ITC資格更新】パスワード設定のご案内","body":"本文","bodyEnglish":"text"}"""
                .formatted(id, holder.email());

        ResponseEntity<String> first = internalMail(Identity.service("gateway"), mail);
        ResponseEntity<String> again = internalMail(Identity.service("gateway"), mail);
        ResponseEntity<String> member = internalMail(Identity.member(holder.memberId()), mail);
        ResponseEntity<String> broken = internalMail(Identity.service("gateway"),
                mail.replace(holder.email(), "not-an-address"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(first.getBody()).contains("\"queued\":true");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(again.getBody()).contains("\"queued\":false");
        assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        MimeMessage sent = smtp.awaitMails(holder, 1).get(0);
        assertThat(sent.getSubject()).isEqualTo("【ITC資格更新】パスワード設定のご案内");
        assertThat(SmtpServer.text(sent, "ja")).contains("本文");
        await("the same id is sent once").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> smtp.mailsTo(holder).size() == 1);
    }

    private ResponseEntity<String> internalMail(Identity identity, String json) {
        return http.exchange("/internal/mails", HttpMethod.POST, new HttpEntity<>(json,
                SignedRequests.jsonHeaders(signer, identity, HttpMethod.POST, "/internal/mails")), String.class);
    }

    @Test
    void c5_theUrlOfTheCertificatesQrCodeIsAPublicPageThatVerifiesIt() throws Exception {
        Holder holder = Holder.random();
        produceCompleted(holder, UUID.randomUUID(), 2027);
        driver.awaitNotices(holder, 1);
        String certificate = "/api/certificates/2027-" + holder.memberId();
        String text;
        try (var document = Loader.loadPDF(http.exchange(certificate, HttpMethod.GET,
                driver.signedAs(holder.memberId(), certificate), byte[].class).getBody())) {
            text = new PDFTextStripper().getText(document);
        }
        Matcher printed = Pattern.compile("http://127\\.0\\.0\\.1:8080(/verify/[0-9a-f-]{36}\\?t=[A-Za-z0-9_-]{22})")
                .matcher(text);
        assertThat(printed.find()).as(text).isTrue();
        String verification = printed.group(1);

        HttpHeaders json = new HttpHeaders();
        json.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<Map<String, Object>> genuine = http.exchange(verification, HttpMethod.GET,
                new HttpEntity<>(json), new ParameterizedTypeReference<>() {
                });
        assertThat(genuine.getStatusCode()).as("no login needed").isEqualTo(HttpStatus.OK);
        assertThat(genuine.getBody()).containsEntry("genuine", true).containsEntry("holderName", "見本 太郎")
                .containsEntry("certificationNumber", "0000002001C").containsEntry("expiry", "2028-05-31")
                .containsEntry("validToday", true);

        HttpHeaders html = new HttpHeaders();
        html.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page = http.exchange(verification, HttpMethod.GET, new HttpEntity<>(html), String.class);
        assertThat(page.getBody()).contains("本物です", "見本 太郎", "2028年05月31日");
        String altered = verification.substring(0, verification.length() - 2) + "AA";
        ResponseEntity<String> forged = http.exchange(altered, HttpMethod.GET, new HttpEntity<>(html), String.class);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(forged.getBody()).contains("確認できませんでした").doesNotContain("見本");
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

        List<Map<String, Object>> notices = driver.awaitNotices(holder, 2);
        assertThat(notices).extracting(notice -> notice.get("title"))
                .containsExactly("2028年度 更新結果通知書", "2027年度 更新結果通知書");
        assertThat(driver.count("select count(*) from certificate where member_id = ?",
                holder.memberId())).isEqualTo(2);
        // other systems learn of each certificate once: one CertificateIssued per certificate, sent from the outbox
        assertThat(driver.count("select count(*) from event_outbox where member_key = ? "
                + "and event_type = 'certificate.CertificateIssued.v1'", holder.memberId())).isEqualTo(2);
        await("both sent to Kafka").atMost(Duration.ofSeconds(20)).until(() -> driver.count(
                "select count(*) from event_outbox where member_key = ? and published_at is not null",
                holder.memberId()) == 2);
        // Mails leave in queue order, so when the 2028 mail has arrived any duplicate 2027 mail would have too.
        List<MimeMessage> mails = smtp.awaitMails(holder, 2);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "【ITコーディネータ協会】2027年度 資格更新完了のお知らせ（更新結果通知メール）",
                "【ITコーディネータ協会】2028年度 資格更新完了のお知らせ（更新結果通知メール）");
    }

    private void produceCompleted(Holder holder, UUID eventId, int fiscalYear) throws Exception {
        driver.events().holder(holder);
        driver.events().completed(holder.memberId(), eventId, fiscalYear);
    }
}
