package itc.renewal.report.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.platform.messaging.Inbox;
import itc.renewal.platform.messaging.IncomingEvent;
import itc.renewal.report.report.api.CloseActivityReportCommand;
import itc.renewal.report.report.api.OpenActivityReportCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Consumes renewal-service's events (topic {@code itc.renewal.events}): a RenewalApplied opens the
 * report of that renewal (rule R1); a RenewalLapsed closes it (rules Q5, C3), whether or not it was
 * opened yet. Other types are not this service's business and are skipped. The inbox makes a
 * redelivered event a no-op, in the same transaction as the command.
 */
@Component("renewalEventsListener")
class RenewalEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "activity-report-opening";
    static final String CLOSING = "activity-report-closing";
    private static final String RENEWAL_APPLIED = EventTypes.nameOf(RenewalApplied.class);
    private static final String RENEWAL_LAPSED = EventTypes.nameOf(RenewalLapsed.class);

    private final Inbox inbox;
    private final CommandGateway commands;
    private final ObjectMapper json;

    RenewalEventsListener(Inbox inbox, CommandGateway commands, ObjectMapper json) {
        this.inbox = inbox;
        this.commands = commands;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent incoming = IncomingEvent.from(message);
        if (RENEWAL_APPLIED.equals(incoming.type())) {
            RenewalApplied applied = incoming.as(RenewalApplied.class, json);
            inbox.processOnce(CONSUMER, incoming.eventId(), () -> commands.sendAndWait(
                    new OpenActivityReportCommand(applied.renewalId(), applied.memberId(), applied.fiscalYear())));
        } else if (RENEWAL_LAPSED.equals(incoming.type())) {
            RenewalLapsed lapsed = incoming.as(RenewalLapsed.class, json);
            inbox.processOnce(CLOSING, incoming.eventId(), () -> commands.sendAndWait(new CloseActivityReportCommand(
                    lapsed.renewalId(), lapsed.memberId(), lapsed.fiscalYear(), lapsed.occurredAt())));
        }
    }
}
