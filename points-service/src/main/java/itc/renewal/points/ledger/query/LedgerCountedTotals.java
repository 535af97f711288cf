package itc.renewal.points.ledger.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.ledger.api.CountedTotalView;
import itc.renewal.points.ledger.domain.CountedTotalChange;
import itc.renewal.points.ledger.domain.CountedTotals;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Iterator;

/**
 * Reads the member's ledger stream from the event store (rule P5): a registration, correction or withdrawal
 * is in it as soon as its command returned, whereas a projection lags behind a tracking processor. Read from
 * sequence 0 so that a snapshot (which holds no totals per event) is never what we start from.
 */
@Component
class LedgerCountedTotals implements CountedTotals {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(1);

    private final EventStore eventStore;

    LedgerCountedTotals(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public CountedTotalView of(String memberId, FiscalYear year) {
        return tally(memberId, year, eventStore.readEvents(memberId, 0));
    }

    /** Every event that changes a year's total carries the total after it, so the year's last one is the total. */
    static CountedTotalView tally(String memberId, FiscalYear year, Iterator<? extends DomainEventMessage<?>> events) {
        BigDecimal total = ZERO;
        Long sequence = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            sequence = event.getSequenceNumber();
            if (event.getPayload() instanceof CountedTotalChange change) {
                total = change.countedTotalFor(year.year()).orElse(total);
            }
        }
        return new CountedTotalView(memberId, year.year(), total, sequence);
    }
}
