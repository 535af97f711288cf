package itc.renewal.notification.deadline.notifying;

import itc.renewal.notification.config.NotificationProperties;
import itc.renewal.notification.deadline.api.LapsedRenewal;
import itc.renewal.notification.deadline.api.ReminderDue;
import itc.renewal.notification.mail.api.OutgoingMail;
import itc.renewal.notification.mail.outbox.MailOutbox;
import itc.renewal.notification.notice.api.NewNotice;
import itc.renewal.notification.notice.posting.NoticeBoard;
import itc.renewal.platform.clock.BusinessClock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static itc.renewal.notification.deadline.notifying.DeadlineTestData.MEMBER_PAGE;
import static itc.renewal.notification.deadline.notifying.DeadlineTestData.WINDOW_CLOSES;
import static itc.renewal.notification.deadline.notifying.DeadlineTestData.lapse;
import static itc.renewal.notification.deadline.notifying.DeadlineTestData.reminder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The notice always, the e-mail when the event carries an address (older events do not). */
class DeadlineNotifyingTest {

    private static final Instant NOW = Instant.parse("2027-05-17T15:00:00Z");

    private final NoticeBoard notices = mock(NoticeBoard.class);
    private final MailOutbox mails = mock(MailOutbox.class);
    private final DeadlineNotifying notifying = new DeadlineNotifying(notices, mails,
            new BusinessClock(Clock.fixed(NOW, ZoneId.of("Asia/Tokyo"))),
            new NotificationProperties(MEMBER_PAGE, new NotificationProperties.Mail("noreply@example.jp")));

    @Test
    void c2_remindsByNoticeAndMail() {
        notifying.remind(reminder(List.of("FEE_PAYMENT"), WINDOW_CLOSES));

        assertThat(publishedNotice()).isEqualTo(new NewNotice("M0000001",
                "2027年度 資格更新手続きのお願い（未完了: 更新料のお支払い／2027年5月31日（月）24:00まで）", NOW, null, null));
        assertThat(queuedMail().subject()).isEqualTo("【ITコーディネータ協会】2027年度資格更新手続きのお願い");
    }

    @Test
    void c2_aReminderWithoutAnAddressPublishesTheNoticeOnly() {
        notifying.remind(new ReminderDue("2027-M0000001", "M0000001", 2027, List.of("FEE_PAYMENT"),
                WINDOW_CLOSES, null, null));

        assertThat(publishedNotice().title()).startsWith("2027年度 資格更新手続きのお願い");
        verify(mails, never()).enqueue(any());
    }

    @Test
    void c3_notifiesTheLapseByNoticeAndMail() {
        notifying.notifyLapse(lapse(false));

        assertThat(publishedNotice().title()).isEqualTo("2027年度 資格失効のお知らせ（資格有効期限 2027年5月31日）");
        assertThat(queuedMail().subject()).isEqualTo("【ITコーディネータ協会】資格失効のお知らせ");
    }

    @Test
    void c3_aLapseWithoutAnAddressPublishesTheNoticeOnly() {
        notifying.notifyLapse(new LapsedRenewal("2027-M0000001", "M0000001", 2027, LocalDate.of(2027, 5, 31), true,
                null, null));

        assertThat(publishedNotice().title()).startsWith("2027年度 資格失効のお知らせ");
        verify(mails, never()).enqueue(any());
    }

    private NewNotice publishedNotice() {
        ArgumentCaptor<NewNotice> notice = ArgumentCaptor.forClass(NewNotice.class);
        verify(notices).post(notice.capture());
        return notice.getValue();
    }

    private OutgoingMail queuedMail() {
        ArgumentCaptor<OutgoingMail> mail = ArgumentCaptor.forClass(OutgoingMail.class);
        verify(mails).enqueue(mail.capture());
        return mail.getValue();
    }
}
