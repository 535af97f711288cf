package itc.renewal.notification.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.holders.v1.HolderContactChanged;
import itc.renewal.contracts.holders.v1.HolderRegistered;
import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.notification.acknowledgement.api.Acknowledgement;
import itc.renewal.notification.acknowledgement.notifying.Acknowledging;
import itc.renewal.notification.certificate.issuing.CertificateIssuing;
import itc.renewal.notification.contact.api.Contact;
import itc.renewal.notification.contact.book.ContactBook;
import itc.renewal.notification.deadline.notifying.DeadlineNotifying;
import itc.renewal.platform.messaging.InboundRouter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.function.Consumer;

/**
 * What notification-service takes from the topics: a RenewalCompleted issues the certificate, notice and result
 * e-mail (rule C4); a RenewalReminderDue sends the reminder (C2) and a RenewalLapsed the lapse notice (C3), each as
 * notice and e-mail; a RenewalApplied, a FeePaid and a ReportSubmitted are acknowledged by e-mail (C4). Each is
 * addressed with the contact the holders topic brings ({@link Addressing}).
 */
@Configuration(proxyBeanMethods = false)
class InboundListeners {

    /** Kinds of notice, stored with a notice that waits for its contact: never rename one. */
    static final String ACKNOWLEDGEMENT = "acknowledgement";
    static final String CERTIFICATE = "certificate";
    static final String REMINDER = "reminder";
    static final String LAPSE = "lapse";

    @Bean
    Addressing addressing(ContactBook contacts, ObjectMapper json, PlatformTransactionManager transactions,
                          Acknowledging acknowledging, CertificateIssuing issuing, DeadlineNotifying deadlines) {
        return new Addressing(contacts, json, transactions)
                .on(ACKNOWLEDGEMENT, Acknowledgement.class, acknowledging::acknowledge)
                .on(CERTIFICATE, RenewalCompleted.class,
                        (completed, to) -> issuing.issue(RenewalEvents.completed(completed, to)))
                .on(REMINDER, RenewalReminderDue.class, (due, to) -> deadlines.remind(RenewalEvents.reminder(due, to)))
                .on(LAPSE, RenewalLapsed.class,
                        (lapsed, to) -> deadlines.notifyLapse(RenewalEvents.lapsed(lapsed, to)));
    }

    @Bean
    Consumer<Message<byte[]>> renewalEventsListener(InboundRouter router, Addressing addressing) {
        return router.route()
                .on(RenewalApplied.class, applied -> addressing.address(ACKNOWLEDGEMENT, applied.memberId(),
                        AcknowledgedSteps.applied(applied)))
                .on(RenewalCompleted.class, completed -> addressing.address(CERTIFICATE, completed.memberId(), completed))
                .on(RenewalReminderDue.class, due -> addressing.address(REMINDER, due.memberId(), due))
                .on(RenewalLapsed.class, lapsed -> addressing.address(LAPSE, lapsed.memberId(), lapsed));
    }

    @Bean
    Consumer<Message<byte[]>> paymentEventsListener(InboundRouter router, Addressing addressing) {
        return router.route().on(FeePaid.class,
                paid -> addressing.address(ACKNOWLEDGEMENT, paid.memberId(), AcknowledgedSteps.paid(paid)));
    }

    @Bean
    Consumer<Message<byte[]>> reportEventsListener(InboundRouter router, Addressing addressing) {
        return router.route().on(ReportSubmitted.class, submitted -> addressing.address(ACKNOWLEDGEMENT,
                submitted.memberId(), AcknowledgedSteps.reported(submitted)));
    }

    @Bean
    Consumer<Message<byte[]>> holderEventsListener(InboundRouter router, Addressing addressing) {
        return router.route()
                .on(HolderRegistered.class, holder -> addressing.contactChanged(
                        new Contact(holder.memberId(), holder.name(), holder.nameKana(), holder.email())))
                .on(HolderContactChanged.class, holder -> addressing.contactChanged(
                        new Contact(holder.memberId(), holder.name(), holder.nameKana(), holder.email())));
    }
}
