package itc.renewal.notification.integration.inbound;

import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
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
 * notice (C3), each as notice and e-mail. RenewalApplied is not this service's business.
 */
@Configuration(proxyBeanMethods = false)
class InboundListeners {

    @Bean
    Consumer<Message<byte[]>> renewalEventsListener(InboundRouter router, CertificateIssuing issuing,
                                                    DeadlineNotifying deadlines) {
        return router.route()
                .on(RenewalCompleted.class, completed -> issuing.issue(RenewalEvents.completed(completed)))
                .on(RenewalReminderDue.class, due -> deadlines.remind(RenewalEvents.reminder(due)))
                .on(RenewalLapsed.class, lapsed -> deadlines.notifyLapse(RenewalEvents.lapsed(lapsed)));
    }
}
