package itc.renewal.notification.acknowledgement.notifying;

import itc.renewal.notification.acknowledgement.api.Acknowledgement;
import itc.renewal.notification.config.NotificationProperties;
import itc.renewal.notification.contact.api.Contact;
import itc.renewal.notification.mail.outbox.MailOutbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule C4's acknowledgement mails: 「お申し込みを受け付けました」, 「お支払いを確認しました」, 「実務活動報告書を受け付けました」,
 * each queued in the caller's (the inbox's) transaction, so a redelivered event sends nothing twice.
 */
@Component
public class Acknowledging {

    private final MailOutbox mails;
    private final NotificationProperties properties;

    Acknowledging(MailOutbox mails, NotificationProperties properties) {
        this.mails = mails;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void acknowledge(Acknowledgement step, Contact to) {
        mails.enqueue(AcknowledgementMail.of(step, to, properties.publicBaseUrl()));
    }
}
