package itc.renewal.points.integration.outbound;

import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsFiscalYearLocked;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsEntryWithdrawnEvent;
import itc.renewal.points.ledger.api.PointsFiscalYearLockedEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Relays ledger events to Kafka topic {@code itc.points.events} (binding {@value #BINDING}), keyed
 * by member id. Its own tracking processor reads the event store, which is therefore the outbox: a
 * failed send propagates, the processor retries from the same token, nothing is lost. The contract's
 * event id is the Axon event id, so a republished event is recognised by consumers. Replays
 * republish on purpose (back-fill of new consumers); consumers deduplicate. Every event of the ledger is
 * published, fiscal-year locks (P4) included, so a member's {@code ledgerSequence} on the topic has no gaps.
 */
@Component
@ProcessingGroup("points-events-publisher")
class PointsEventsPublisher extends EventRelay {

    PointsEventsPublisher(IntegrationEventPublisher publisher) {
        super(publisher, "pointsEvents-out-0");
    }

    @EventHandler
    void on(PointsRegisteredEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            @SequenceNumber long ledgerSequence) {
        relay(messageId, occurredAt, event.memberId(), toContract(event, UUID.fromString(messageId), occurredAt,
                ledgerSequence));
    }

    @EventHandler
    void on(PointsEntryCorrectedEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            @SequenceNumber long ledgerSequence) {
        relay(messageId, occurredAt, event.memberId(), toContract(event, UUID.fromString(messageId), occurredAt,
                ledgerSequence));
    }

    @EventHandler
    void on(PointsEntryWithdrawnEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            @SequenceNumber long ledgerSequence) {
        relay(messageId, occurredAt, event.memberId(), toContract(event, UUID.fromString(messageId), occurredAt,
                ledgerSequence));
    }

    @EventHandler
    void on(PointsFiscalYearLockedEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            @SequenceNumber long ledgerSequence) {
        relay(messageId, occurredAt, event.memberId(), new PointsFiscalYearLocked(UUID.fromString(messageId),
                occurredAt, event.memberId(), event.fiscalYear(), event.renewalFiscalYear(), ledgerSequence));
    }

    static PointsRegistered toContract(PointsRegisteredEvent event, UUID eventId, Instant occurredAt,
                                       long ledgerSequence) {
        return new PointsRegistered(eventId, occurredAt, event.memberId(), event.entryId(), event.activityDate(),
                event.fiscalYear(), event.category(), event.points(), event.fiscalYearCountedTotal(), ledgerSequence);
    }

    static PointsEntryCorrected toContract(PointsEntryCorrectedEvent event, UUID eventId, Instant occurredAt,
                                           long ledgerSequence) {
        return new PointsEntryCorrected(eventId, occurredAt, event.memberId(), event.entryId(), event.activityDate(),
                event.fiscalYear(), event.category(), event.points(), event.fiscalYearCountedTotal(),
                event.previousFiscalYear(), event.previousFiscalYearCountedTotal(), ledgerSequence);
    }

    static PointsEntryWithdrawn toContract(PointsEntryWithdrawnEvent event, UUID eventId, Instant occurredAt,
                                           long ledgerSequence) {
        return new PointsEntryWithdrawn(eventId, occurredAt, event.memberId(), event.entryId(), event.fiscalYear(),
                event.fiscalYearCountedTotal(), ledgerSequence);
    }
}
