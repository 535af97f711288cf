package itc.renewal.points.integration.outbound;

import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PointsEventsPublisherTest {

    @Test
    void p1_mapsTheLedgerEventToTheV1ContractWithTheAxonEventIdAsEventId() {
        UUID eventId = UUID.randomUUID();
        Instant occurredAt = Instant.parse("2027-04-10T00:30:00Z");
        PointsRegisteredEvent event = new PointsRegisteredEvent("M0000001", "e1", LocalDate.of(2026, 10, 1), 2026,
                "SELF_STUDY", "読書", new BigDecimal("2.5"), new BigDecimal("6.0"), "note stays inside", null, new BigDecimal("1.5"),
                new BigDecimal("6.0"));

        PointsRegistered contract = PointsEventsPublisher.toContract(event, eventId, occurredAt, 4L);

        assertThat(contract).isEqualTo(new PointsRegistered(eventId, occurredAt, "M0000001", "e1",
                LocalDate.of(2026, 10, 1), 2026, "SELF_STUDY", new BigDecimal("2.5"), new BigDecimal("6.0"), 4L));
    }
}
