package itc.renewal.renewal.procedure.command;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** {@link AppliedRenewals} answered by the fixture's event store, as the real one asks the real store. */
final class FixtureAppliedRenewals {

    private FixtureAppliedRenewals() {
    }

    static AppliedRenewals of(AggregateTestFixture<Renewal> fixture) {
        return renewalId -> {
            try {
                return fixture.getEventStore().readEvents(renewalId).hasNext();
            } catch (AggregateNotFoundException noGivenEvents) {
                return false;
            }
        };
    }
}
