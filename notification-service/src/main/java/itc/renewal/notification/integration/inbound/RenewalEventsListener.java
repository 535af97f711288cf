package itc.renewal.notification.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.notification.certificate.api.IssueCertificateCommand;
import itc.renewal.notification.certificate.command.CertificateIssuing;
import itc.renewal.notification.deadline.api.NotifyLapseCommand;
import itc.renewal.notification.deadline.api.RemindRenewalCommand;
import itc.renewal.notification.deadline.command.DeadlineNotifying;
import itc.renewal.platform.messaging.Inbox;
import itc.renewal.platform.messaging.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * Consumes {@code itc.renewal.events}, each effect exactly once per event id: a RenewalCompleted issues the
 * certificate, notice and result e-mail (rule C4); a RenewalReminderDue sends the reminder (C2) and a
 * RenewalLapsed the lapse notice (C3), each as notice and e-mail. RenewalApplied is not this service's business.
 */
@Component("renewalEventsListener")
class RenewalEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "certificate-issuing";
    static final String REMINDERS = "renewal-reminders";
    static final String LAPSES = "lapse-notices";

    private static final Logger log = LoggerFactory.getLogger(RenewalEventsListener.class);
    private static final String COMPLETED = EventTypes.nameOf(RenewalCompleted.class);
    private static final String REMINDER_DUE = EventTypes.nameOf(RenewalReminderDue.class);
    private static final String LAPSED = EventTypes.nameOf(RenewalLapsed.class);

    private final Inbox inbox;
    private final CertificateIssuing issuing;
    private final DeadlineNotifying deadlines;
    private final ObjectMapper json;

    RenewalEventsListener(Inbox inbox, CertificateIssuing issuing, DeadlineNotifying deadlines, ObjectMapper json) {
        this.inbox = inbox;
        this.issuing = issuing;
        this.deadlines = deadlines;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        if (COMPLETED.equals(event.type())) {
            IssueCertificateCommand command = toCommand(event.as(RenewalCompleted.class, json));
            once(CONSUMER, event, () -> issuing.handle(command));
        } else if (REMINDER_DUE.equals(event.type())) {
            RemindRenewalCommand command = DeadlineCommands.remind(event.as(RenewalReminderDue.class, json));
            once(REMINDERS, event, () -> deadlines.handle(command));
        } else if (LAPSED.equals(event.type())) {
            NotifyLapseCommand command = DeadlineCommands.notifyLapse(event.as(RenewalLapsed.class, json));
            once(LAPSES, event, () -> deadlines.handle(command));
        }
    }

    private void once(String consumer, IncomingEvent event, Runnable effect) {
        if (!inbox.processOnce(consumer, event.eventId(), effect)) {
            log.debug("{} {} already processed", event.type(), event.eventId());
        }
    }

    static IssueCertificateCommand toCommand(RenewalCompleted completed) {
        return new IssueCertificateCommand(completed.renewalId(), completed.memberId(), completed.fiscalYear(),
                completed.newExpiry(), completed.holderName(), completed.holderNameKana(), completed.email(),
                completed.certificationNumber(), YearMonth.parse(completed.certifiedIn()));
    }
}
