package itc.renewal.renewal.integration.outbound;

import itc.renewal.platform.messaging.EventRelay;
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
 * never refuses one: a business refusal here would stop the relay for every later event. Names and e-mail
 * addresses are not published here: they travel on {@code itc.holders} only.
 */
@Component
@ProcessingGroup("renewal-events-publisher")
class RenewalEventsPublisher extends EventRelay {

    private final CompletedCertificates certificates;

    RenewalEventsPublisher(IntegrationEventPublisher publisher, CompletedCertificates certificates) {
        super(publisher, "renewalEvents-out-0");
        this.certificates = certificates;
    }

    @EventHandler
    void on(RenewalAppliedEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.appliedAt(), event.memberId(),
                RenewalContractMapper.applied(UUID.fromString(messageId), event));
    }

    @EventHandler
    void on(RenewalCompletedEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.completedAt(), event.memberId(),
                RenewalContractMapper.completed(UUID.fromString(messageId), event, certificates.of(event)));
    }

    @EventHandler
    void on(RenewalReminderDueEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.dueAt(), event.memberId(),
                RenewalContractMapper.reminderDue(UUID.fromString(messageId), event));
    }

    @EventHandler
    void on(RenewalLapsedEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.lapsedAt(), event.memberId(),
                RenewalContractMapper.lapsed(UUID.fromString(messageId), event));
    }
}
