package itc.renewal.points.integration.outbound;

import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsEntryWithdrawnEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PointsEventsPublisherTest {

    private static final UUID EVENT_ID = UUID.randomUUID();
    private static final Instant OCCURRED_AT = Instant.parse("2027-04-10T00:30:00Z");

    @Test
    void p1_mapsTheLedgerEventToTheV1ContractWithTheAxonEventIdAsEventId() {
        PointsRegisteredEvent event = new PointsRegisteredEvent("M0000001", "e1", LocalDate.of(2026, 10, 1), 2026,
                "SELF_STUDY", "読書", new BigDecimal("2.5"), new BigDecimal("6.0"), "note stays inside", null, new BigDecimal("1.5"),
                new BigDecimal("6.0"), false);

        PointsRegistered contract = PointsEventsPublisher.toContract(event, EVENT_ID, OCCURRED_AT, 4L);

        assertThat(contract).isEqualTo(new PointsRegistered(EVENT_ID, OCCURRED_AT, "M0000001", "e1",
                LocalDate.of(2026, 10, 1), 2026, "SELF_STUDY", new BigDecimal("2.5"), new BigDecimal("6.0"), 4L));
    }

    @Test
    void p3_mapsACorrectionWithBothYearsTotalsAndTheLedgerSequence() {
        PointsEntryCorrectedEvent event = new PointsEntryCorrectedEvent("M0000001", "e1", LocalDate.of(2025, 7, 1),
                2025, "SELF_STUDY", "読書", new BigDecimal("4.0"), null, "note stays inside", new BigDecimal("6.0"),
                "reason stays inside", 2026, new BigDecimal("6.0"), new BigDecimal("4.0"));

        PointsEntryCorrected contract = PointsEventsPublisher.toContract(event, EVENT_ID, OCCURRED_AT, 7L);

        assertThat(contract).isEqualTo(new PointsEntryCorrected(EVENT_ID, OCCURRED_AT, "M0000001", "e1",
                LocalDate.of(2025, 7, 1), 2025, "SELF_STUDY", new BigDecimal("4.0"), new BigDecimal("6.0"), 2026,
                new BigDecimal("4.0"), 7L));
    }

    @Test
    void p3_mapsAWithdrawalWithTheYearsTotalAndTheLedgerSequence() {
        PointsEntryWithdrawnEvent event = new PointsEntryWithdrawnEvent("M0000001", "e1", 2026, new BigDecimal("3.0"),
                "reason stays inside");

        PointsEntryWithdrawn contract = PointsEventsPublisher.toContract(event, EVENT_ID, OCCURRED_AT, 8L);

        assertThat(contract).isEqualTo(new PointsEntryWithdrawn(EVENT_ID, OCCURRED_AT, "M0000001", "e1", 2026,
                new BigDecimal("3.0"), 8L));
    }
}
