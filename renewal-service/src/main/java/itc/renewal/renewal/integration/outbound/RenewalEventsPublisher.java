package itc.renewal.renewal.integration.outbound;

import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import itc.renewal.renewal.procedure.api.RenewalReminderDueEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Outbox relay: the event store is the outbox and this tracking processor's token the relay
 * position. The contract's event id is the Axon event id, so a republished event is recognised
 * by consumers. A failed send propagates and the processor retries. It maps what the events carry and
 * never refuses one: a business refusal here would stop the relay for every later event.
 */
@Component
@ProcessingGroup("renewal-events-publisher")
class RenewalEventsPublisher {

    static final String BINDING = "renewalEvents-out-0";

    private final IntegrationEventPublisher publisher;
    private final CompletedCertificates certificates;
    private final HolderContacts contacts;

    RenewalEventsPublisher(IntegrationEventPublisher publisher, CompletedCertificates certificates,
                           HolderContacts contacts) {
        this.publisher = publisher;
        this.certificates = certificates;
        this.contacts = contacts;
    }

    @EventHandler
    void on(RenewalAppliedEvent event, @MessageIdentifier String messageId) {
        UUID eventId = UUID.fromString(messageId);
        publisher.publish(BINDING, EventTypes.nameOf(RenewalApplied.class), eventId, event.appliedAt(),
                event.memberId(), RenewalContractMapper.applied(eventId, event));
    }

    @EventHandler
    void on(RenewalCompletedEvent event, @MessageIdentifier String messageId) {
        UUID eventId = UUID.fromString(messageId);
        RenewalCompleted completed = RenewalContractMapper.completed(eventId, event, certificates.of(event));
        publisher.publish(BINDING, EventTypes.nameOf(RenewalCompleted.class), eventId, event.completedAt(),
                event.memberId(), completed);
    }

    @EventHandler
    void on(RenewalReminderDueEvent event, @MessageIdentifier String messageId) {
        UUID eventId = UUID.fromString(messageId);
        publisher.publish(BINDING, EventTypes.nameOf(RenewalReminderDue.class), eventId, event.dueAt(),
                event.memberId(), RenewalContractMapper.reminderDue(eventId, event, contacts.of(event.memberId())));
    }

    @EventHandler
    void on(RenewalLapsedEvent event, @MessageIdentifier String messageId) {
        UUID eventId = UUID.fromString(messageId);
        publisher.publish(BINDING, EventTypes.nameOf(RenewalLapsed.class), eventId, event.lapsedAt(),
                event.memberId(), RenewalContractMapper.lapsed(eventId, event, contacts.of(event.memberId())));
    }
}
