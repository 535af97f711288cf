package itc.renewal.points.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.platform.messaging.IncomingEvent;
import itc.renewal.platform.messaging.Inbox;
import itc.renewal.points.ledger.api.LockFiscalYearCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Consumer bean {@code renewalEventsListener} on {@code itc.renewal.events} (rule P4): once the renewal of
 * FY M was applied, the member's points of FY M−1, on which it was granted (Q3), are locked. Other renewal
 * events are not this service's business and are skipped. Each event is handled once: the inbox row and the
 * ledger's event are written in one transaction; the ledger also ignores a year locked already.
 * <p>
 * An idempotent backstop: renewal-service locks the year synchronously
 * (POST /internal/points/{memberId}/fiscal-year-locks) before it records the application, so this normally finds
 * the year locked and records nothing. It stays so that every application still locks its year even if it was
 * recorded without that call: applications from before the call existed (the topic is read from the earliest
 * offset) or from an instance of renewal-service not yet upgraded during a rolling deployment.
 */
@Component("renewalEventsListener")
class RenewalEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "points-fiscal-year-locks";
    private static final String RENEWAL_APPLIED = EventTypes.nameOf(RenewalApplied.class);

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
        IncomingEvent event = IncomingEvent.from(message);
        if (!RENEWAL_APPLIED.equals(event.type())) {
            return;
        }
        RenewalApplied applied = event.as(RenewalApplied.class, json);
        inbox.processOnce(CONSUMER, event.eventId(), () -> commands.sendAndWait(lock(applied)));
    }

    static LockFiscalYearCommand lock(RenewalApplied applied) {
        return new LockFiscalYearCommand(applied.memberId(), applied.fiscalYear() - 1, applied.fiscalYear());
    }
}
