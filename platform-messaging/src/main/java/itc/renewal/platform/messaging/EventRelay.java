package itc.renewal.platform.messaging;

import itc.renewal.platform.provenance.Handling;
import itc.renewal.platform.provenance.ProvenanceContext;

import java.time.Instant;
import java.util.UUID;

/**
 * Base of a service's relay from its event store (the outbox) to its topic: an Axon event handler in a processing
 * group of its own, whose token lives in the service's database, so a failed send is retried from the same event.
 * Subclasses map internal events to contract records; the event id is always the stored event's identifier
 * ({@code @MessageIdentifier}), so a replayed or republished event keeps its id and consumers recognise it.
 */
public abstract class EventRelay {

    private final IntegrationEventPublisher publisher;
    private final String binding;

    /** @param binding the Spring Cloud Stream output binding, e.g. {@code paymentEvents-out-0} */
    protected EventRelay(IntegrationEventPublisher publisher, String binding) {
        this.publisher = publisher;
        this.binding = binding;
    }

    /** Publishes {@code contract}, keyed by {@code memberId}, as the fact that {@code messageId} recorded. */
    protected void relay(String messageId, Instant occurredAt, String memberId, Object contract) {
        UUID eventId = UUID.fromString(messageId);
        if (RelayCapture.isOpen()) {
            RelayCapture.offer(new RelayCapture.Captured(binding, eventId, occurredAt, memberId, contract,
                    ProvenanceContext.current().map(Handling::of).orElse(null)));
        } else {
            publisher.publish(binding, eventId, occurredAt, memberId, contract);
        }
    }
}
