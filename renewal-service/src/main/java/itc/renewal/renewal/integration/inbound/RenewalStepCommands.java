package itc.renewal.renewal.integration.inbound;

import itc.renewal.platform.messaging.Inbox;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Turns a fact reported by another service into a command on a renewal, once per event id. An event
 * for a renewal this service does not know is logged and skipped: retrying cannot fix it, and it
 * must not hold up the member's partition.
 */
@Component
class RenewalStepCommands {

    private static final Logger log = LoggerFactory.getLogger(RenewalStepCommands.class);

    private final Inbox inbox;
    private final CommandGateway commands;

    RenewalStepCommands(Inbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    void send(String consumer, UUID eventId, String renewalId, Object command) {
        try {
            inbox.processOnce(consumer, eventId, () -> commands.sendAndWait(command));
        } catch (AggregateNotFoundException e) {
            // The transaction (inbox row included) rolled back; a redelivery is skipped the same way.
            log.warn("{}: event {} refers to unknown renewal {}; skipped", consumer, eventId, renewalId);
        }
    }
}
