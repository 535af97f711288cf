package itc.renewal.notification.deadline.notifying;

import itc.renewal.notification.config.NotificationProperties;
import itc.renewal.notification.deadline.api.LapsedRenewal;
import itc.renewal.notification.deadline.api.ReminderDue;
import itc.renewal.notification.mail.api.OutgoingMail;
import itc.renewal.notification.mail.outbox.MailOutbox;
import itc.renewal.notification.notice.api.NewNotice;
import itc.renewal.notification.notice.posting.NoticeBoard;
import itc.renewal.platform.clock.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.function.Supplier;

/**
 * Rules C2 and C3: a notice (お知らせ) on the member page and an e-mail for a renewal reminder or a lapse, in the
 * caller's transaction (the inbox's), so both happen once or not at all. Events published before they carried
 * the holder's address get the notice only.
 */
@Component
public class DeadlineNotifying {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotifying.class);

    private final NoticeBoard notices;
    private final MailOutbox mails;
    private final BusinessClock clock;
    private final NotificationProperties properties;

    DeadlineNotifying(NoticeBoard notices, MailOutbox mails, BusinessClock clock, NotificationProperties properties) {
        this.notices = notices;
        this.mails = mails;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void remind(ReminderDue due) {
        notify(due.memberId(), due.renewalId(), ReminderMail.noticeTitle(due), due.email(),
                () -> ReminderMail.of(due, properties.publicBaseUrl()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyLapse(LapsedRenewal lapsed) {
        notify(lapsed.memberId(), lapsed.renewalId(), LapseMail.noticeTitle(lapsed), lapsed.email(),
                () -> LapseMail.of(lapsed, properties.publicBaseUrl()));
    }

    private void notify(String memberId, String renewalId, String noticeTitle, String email,
                        Supplier<OutgoingMail> mail) {
        notices.post(new NewNotice(memberId, noticeTitle, clock.instant(), null, null));
        if (email == null || email.isBlank()) {
            log.info("No e-mail address for renewal {}: notice 「{}」 published, no e-mail sent", renewalId,
                    noticeTitle);
            return;
        }
        mails.enqueue(mail.get());
    }
}
