package itc.renewal.notification.acknowledgement.notifying;

import itc.renewal.notification.acknowledgement.api.Acknowledgement;
import itc.renewal.notification.acknowledgement.api.Contact;
import itc.renewal.notification.acknowledgement.contacts.ContactBook;
import itc.renewal.notification.config.NotificationProperties;
import itc.renewal.notification.mail.outbox.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule C4's acknowledgement mails: 「お申し込みを受け付けました」, 「お支払いを確認しました」, 「実務活動報告書を受け付けました」,
 * each queued in the caller's (the inbox's) transaction, so a redelivered event sends nothing twice. A step whose
 * holder's contact has not arrived yet waits for it ({@link ContactBook}).
 */
@Component
public class Acknowledging {

    private static final Logger log = LoggerFactory.getLogger(Acknowledging.class);

    private final ContactBook contacts;
    private final MailOutbox mails;
    private final NotificationProperties properties;

    Acknowledging(ContactBook contacts, MailOutbox mails, NotificationProperties properties) {
        this.contacts = contacts;
        this.mails = mails;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void acknowledge(Acknowledgement step) {
        contacts.lock(step.memberId());
        contacts.find(step.memberId()).ifPresentOrElse(contact -> send(step, contact), () -> {
            log.info("{} of {}: no contact of {} yet; the mail waits for it", step.kind(), step.renewalId(),
                    step.memberId());
            contacts.await(step);
        });
    }

    /** The holder's contact as the registry now has it; acknowledgements that waited for it leave now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void contactChanged(Contact contact) {
        contacts.lock(contact.memberId());
        contacts.keep(contact);
        contacts.takeWaiting(contact.memberId()).forEach(step -> send(step, contact));
    }

    private void send(Acknowledgement step, Contact contact) {
        mails.enqueue(AcknowledgementMail.of(step, contact, properties.publicBaseUrl()));
    }
}
