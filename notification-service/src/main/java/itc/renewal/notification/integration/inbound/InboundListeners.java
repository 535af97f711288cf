package itc.renewal.notification.integration.inbound;

import itc.renewal.contracts.holders.v1.HolderContactChanged;
import itc.renewal.contracts.holders.v1.HolderRegistered;
import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.notification.acknowledgement.api.Contact;
import itc.renewal.notification.acknowledgement.notifying.Acknowledging;
import itc.renewal.notification.certificate.issuing.CertificateIssuing;
import itc.renewal.notification.deadline.notifying.DeadlineNotifying;
import itc.renewal.platform.messaging.InboundRouter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * What notification-service takes from {@code itc.renewal.events}: a RenewalCompleted issues the certificate,
 * notice and result e-mail (rule C4); a RenewalReminderDue sends the reminder (C2) and a RenewalLapsed the lapse
 * notice (C3), each as notice and e-mail; a RenewalApplied, a FeePaid and a ReportSubmitted are acknowledged by
 * e-mail (C4) to the contact the holders topic brings.
 */
@Configuration(proxyBeanMethods = false)
class InboundListeners {

    @Bean
    Consumer<Message<byte[]>> renewalEventsListener(InboundRouter router, CertificateIssuing issuing,
                                                    DeadlineNotifying deadlines, Acknowledging acknowledging) {
        return router.route()
                .on(RenewalApplied.class, applied -> acknowledging.acknowledge(AcknowledgedSteps.applied(applied)))
                .on(RenewalCompleted.class, completed -> issuing.issue(RenewalEvents.completed(completed)))
                .on(RenewalReminderDue.class, due -> deadlines.remind(RenewalEvents.reminder(due)))
                .on(RenewalLapsed.class, lapsed -> deadlines.notifyLapse(RenewalEvents.lapsed(lapsed)));
    }

    @Bean
    Consumer<Message<byte[]>> paymentEventsListener(InboundRouter router, Acknowledging acknowledging) {
        return router.route().on(FeePaid.class, paid -> acknowledging.acknowledge(AcknowledgedSteps.paid(paid)));
    }

    @Bean
    Consumer<Message<byte[]>> reportEventsListener(InboundRouter router, Acknowledging acknowledging) {
        return router.route().on(ReportSubmitted.class,
                submitted -> acknowledging.acknowledge(AcknowledgedSteps.reported(submitted)));
    }

    @Bean
    Consumer<Message<byte[]>> holderEventsListener(InboundRouter router, Acknowledging acknowledging) {
        return router.route()
                .on(HolderRegistered.class, holder -> acknowledging.contactChanged(
                        new Contact(holder.memberId(), holder.name(), holder.email())))
                .on(HolderContactChanged.class, holder -> acknowledging.contactChanged(
                        new Contact(holder.memberId(), holder.name(), holder.email())));
    }
}
