package itc.renewal.renewal.procedure.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Asks the event store whether a renewal stream exists: one indexed query, and unlike loading the
 * aggregate it does not log a missing aggregate as a warning on every first application.
 */
@Component
class EventStoreAppliedRenewals implements AppliedRenewals {

    private final EventStore events;

    EventStoreAppliedRenewals(EventStore events) {
        this.events = events;
    }

    @Override
    public boolean contains(String renewalId) {
        return events.lastSequenceNumberFor(renewalId).isPresent();
    }
}
