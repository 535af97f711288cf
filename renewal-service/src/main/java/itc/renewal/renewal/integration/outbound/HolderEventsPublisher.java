package itc.renewal.renewal.integration.outbound;

import itc.renewal.contracts.holders.v1.HolderContactChanged;
import itc.renewal.contracts.holders.v1.HolderRegistered;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.renewal.qualification.api.HolderContactChangedEvent;
import itc.renewal.renewal.qualification.api.HolderRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Relays the registry's announcements (Q1) from the event store to the compacted holders topic {@code itc.holders},
 * keyed by member id; its own processing group, so a slow holders topic never holds back the renewal events.
 */
@Component
@ProcessingGroup("holder-events-publisher")
class HolderEventsPublisher extends EventRelay {

    HolderEventsPublisher(IntegrationEventPublisher publisher) {
        super(publisher, "holderEvents-out-0");
    }

    @EventHandler
    void on(HolderRegisteredEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.registeredAt(), event.memberId(), new HolderRegistered(UUID.fromString(messageId),
                event.registeredAt(), event.memberId(), event.name(), event.nameKana(), event.email(),
                event.certificationNumber(), event.certifiedIn()));
    }

    @EventHandler
    void on(HolderContactChangedEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.changedAt(), event.memberId(), new HolderContactChanged(UUID.fromString(messageId),
                event.changedAt(), event.memberId(), event.name(), event.nameKana(), event.email(),
                event.certificationNumber(), event.certifiedIn()));
    }
}
