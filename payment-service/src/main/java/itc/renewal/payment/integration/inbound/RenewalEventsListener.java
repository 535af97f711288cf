package itc.renewal.payment.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.payment.order.api.ClosePaymentOrderCommand;
import itc.renewal.payment.order.api.OpenPaymentOrderCommand;
import itc.renewal.platform.messaging.IncomingEvent;
import itc.renewal.platform.messaging.Inbox;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Consumer bean {@code renewalEventsListener} on {@code itc.renewal.events}: opens a payment order
 * for every renewal applied with a fee (rule Q4: a waived first renewal has nothing to pay), and
 * closes it when the renewal lapses (rules Q5, C3; sent for every lapse, since the order may not be
 * opened yet and the lapse must be remembered). Other renewal events are not this service's business
 * and are skipped. Each event is handled once: the inbox row and the order's events are written in
 * one transaction.
 */
@Component("renewalEventsListener")
class RenewalEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "payment-orders";
    private static final String RENEWAL_APPLIED = EventTypes.nameOf(RenewalApplied.class);
    private static final String RENEWAL_LAPSED = EventTypes.nameOf(RenewalLapsed.class);
    private static final Logger log = LoggerFactory.getLogger(RenewalEventsListener.class);

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
        if (RENEWAL_APPLIED.equals(event.type())) {
            applied(event, event.as(RenewalApplied.class, json));
        } else if (RENEWAL_LAPSED.equals(event.type())) {
            RenewalLapsed lapsed = event.as(RenewalLapsed.class, json);
            inbox.processOnce(CONSUMER, event.eventId(), () -> commands.sendAndWait(new ClosePaymentOrderCommand(
                    lapsed.renewalId(), lapsed.memberId(), lapsed.fiscalYear(), lapsed.occurredAt())));
        }
    }

    private void applied(IncomingEvent event, RenewalApplied applied) {
        if (applied.feeWaived() || applied.feeAmount().signum() <= 0) {
            log.debug("renewal {} has no fee to pay", applied.renewalId());
            return;
        }
        inbox.processOnce(CONSUMER, event.eventId(), () -> commands.sendAndWait(open(applied)));
    }

    private static OpenPaymentOrderCommand open(RenewalApplied applied) {
        return new OpenPaymentOrderCommand(applied.renewalId(), applied.memberId(), applied.fiscalYear(),
                applied.feeAmount(), applied.currency() == null ? "JPY" : applied.currency());
    }
}
