package itc.renewal.notification.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.notification.certificate.api.IssueCertificateCommand;
import itc.renewal.notification.certificate.command.CertificateIssuing;
import itc.renewal.platform.messaging.Inbox;
import itc.renewal.platform.messaging.IncomingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * Consumes {@code itc.renewal.events}: a RenewalCompleted issues the certificate, notice and result
 * e-mail (rule C4) exactly once per event id; other renewal events are not this service's business.
 */
@Component("renewalEventsListener")
class RenewalEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "certificate-issuing";

    private static final Logger log = LoggerFactory.getLogger(RenewalEventsListener.class);
    private static final String COMPLETED = EventTypes.nameOf(RenewalCompleted.class);

    private final Inbox inbox;
    private final CertificateIssuing issuing;
    private final ObjectMapper json;

    RenewalEventsListener(Inbox inbox, CertificateIssuing issuing, ObjectMapper json) {
        this.inbox = inbox;
        this.issuing = issuing;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        if (!COMPLETED.equals(event.type())) {
            return;
        }
        IssueCertificateCommand command = toCommand(event.as(RenewalCompleted.class, json));
        boolean ran = inbox.processOnce(CONSUMER, event.eventId(), () -> issuing.handle(command));
        if (!ran) {
            log.debug("RenewalCompleted {} already processed", event.eventId());
        }
    }

    static IssueCertificateCommand toCommand(RenewalCompleted completed) {
        return new IssueCertificateCommand(completed.renewalId(), completed.memberId(), completed.fiscalYear(),
                completed.newExpiry(), completed.holderName(), completed.holderNameKana(), completed.email(),
                completed.certificationNumber(), YearMonth.parse(completed.certifiedIn()));
    }
}
