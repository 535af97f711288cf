package itc.renewal.notification;

import itc.renewal.platformtest.ServiceIT;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules C2 and C3 end to end on a real broker, database and SMTP server: a RenewalReminderDue or a RenewalLapsed
 * on Kafka becomes a notice and one e-mail (the notice alone when an older event carries no address).
 */
@ServiceIT(properties = "platform.clock.start=2027-04-12T11:00:00+09:00")
@Import(NotificationServiceDriver.class)
class DeadlineNotificationIT {

    private static final String REMINDER_NOTICE =
            "2027年度 資格更新手続きのお願い（未完了: 更新料のお支払い、実務活動報告書の提出／2027年5月31日（月）24:00まで）";
    private static final String REMINDER_SUBJECT = "【ITコーディネータ協会】2027年度資格更新手続きのお願い";
    private static final String LAPSE_NOTICE = "2027年度 資格失効のお知らせ（資格有効期限 2027年5月31日）";
    private static final String LAPSE_SUBJECT = "【ITコーディネータ協会】資格失効のお知らせ";

    @RegisterExtension
    static final SmtpServer smtp = new SmtpServer();

    @Autowired
    NotificationServiceDriver driver;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        smtp.configure(registry);
    }

    @Test
    void c2_reminderBecomesNoticeAndMailAndADuplicateSendsNoSecondMail() throws Exception {
        Holder holder = Holder.random();
        UUID eventId = UUID.randomUUID();
        events().holder(holder);

        events().reminderDue(holder.memberId(), eventId);
        events().reminderDue(holder.memberId(), eventId);
        // Same key, same partition: once this lapse shows, the duplicate above was consumed.
        events().lapsed(holder.memberId(), UUID.randomUUID(), true);

        assertThat(driver.awaitNotices(holder, 2)).extracting(notice -> notice.get("title"))
                .containsExactlyInAnyOrder(REMINDER_NOTICE, LAPSE_NOTICE);
        // Mails leave in queue order: a duplicate reminder would arrive before the lapse mail.
        List<MimeMessage> mails = smtp.awaitMails(holder, 2);
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(REMINDER_SUBJECT, LAPSE_SUBJECT);
        assertThat(SmtpServer.text(mails.get(0), "ja")).contains("見本 太郎 様", "　　・更新料のお支払い",
                "　　・実務活動報告書の提出", "　手続き期限：2027年5月31日（月）24:00まで", "http://127.0.0.1:8080");
        assertThat(SmtpServer.text(mails.get(1), "ja")).contains("お申し込みをいただきましたが",
                "　資格有効期限：2027年5月31日");
    }

    @Test
    void c3_lapseOfAHolderWhoNeverAppliedBecomesNoticeAndMail() throws Exception {
        Holder holder = Holder.random();
        events().holder(holder);

        events().lapsed(holder.memberId(), UUID.randomUUID(), false);

        assertThat(driver.awaitNotices(holder, 1)).extracting(notice -> notice.get("title"))
                .containsExactly(LAPSE_NOTICE);
        MimeMessage mail = smtp.awaitMails(holder, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo(LAPSE_SUBJECT);
        assertThat(SmtpServer.text(mail, "ja")).contains("見本 太郎 様", "お申し込みが確認できませんでした",
                "　資格有効期限：2027年5月31日");
    }

    /** Published before v1.1 carried {@code applied}: only applied renewals lapsed then. */
    @Test
    void c3_anOlderLapseWithoutAppliedIsTheLapseOfAnAppliedRenewal() throws Exception {
        Holder holder = Holder.random();
        events().holder(holder);

        events().olderLapsed(holder.memberId(), UUID.randomUUID());

        assertThat(driver.awaitNotices(holder, 1)).extracting(notice -> notice.get("title"))
                .containsExactly(LAPSE_NOTICE);
        assertThat(SmtpServer.text(smtp.awaitMails(holder, 1).get(0), "ja")).contains("お申し込みをいただきましたが");
    }

    /** Renewal events carry no name nor address: a reminder coming before the holder's contact waits for it. */
    @Test
    void c2_aReminderBeforeTheHoldersContactWaitsForIt() throws Exception {
        Holder holder = Holder.random();
        int queued = queuedMails();

        events().reminderDue(holder.memberId(), UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> driver.count(
                "select count(*) from waiting_for_contact where member_id = ?", holder.memberId()) == 1);
        assertThat(queuedMails()).as("nothing sent without a contact").isEqualTo(queued);

        events().holder(holder);
        assertThat(driver.awaitNotices(holder, 1)).extracting(notice -> notice.get("title"))
                .containsExactly(REMINDER_NOTICE);
        assertThat(SmtpServer.text(smtp.awaitMails(holder, 1).get(0), "ja")).contains("見本 太郎 様");
        assertThat(driver.count("select count(*) from waiting_for_contact where member_id = ?", holder.memberId()))
                .isZero();
    }

    private int queuedMails() {
        return driver.count("select count(*) from mail_outbox");
    }

    private RenewalEventsProducer events() {
        return driver.events();
    }
}
