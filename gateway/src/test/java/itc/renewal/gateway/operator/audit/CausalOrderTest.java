package itc.renewal.gateway.operator.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CausalOrderTest {

    private static final Instant T = Instant.parse("2027-04-10T01:00:00Z");

    @Test
    void factsAreInBusinessTimeOrderAcrossServices() {
        List<TrailEntry> ordered = CausalOrder.of(List.of(
                entry("paid", "payment-service", 30, null), entry("applied", "renewal-service", 10, null),
                entry("opened", "payment-service", 20, null)));

        assertThat(ordered).extracting(TrailEntry::eventId).containsExactly("applied", "opened", "paid");
    }

    @Test
    void anEffectStampedBeforeItsCauseStillComesAfterIt() {
        List<TrailEntry> ordered = CausalOrder.of(List.of(
                entry("applied", "renewal-service", 10, null),
                entry("order-opened", "payment-service", 9, "applied"),
                entry("locked", "points-service", 10, "applied"),
                entry("unrelated", "points-service", 9, null)));

        assertThat(ordered).extracting(TrailEntry::eventId)
                .containsExactly("unrelated", "applied", "order-opened", "locked");
    }

    @Test
    void aCauseNotOnTheTrailChangesNothingAndNothingIsDropped() {
        List<TrailEntry> ordered = CausalOrder.of(List.of(
                entry("b", "renewal-service", 20, "a"), entry("a", "renewal-service", 10, "b"),
                entry("c", "renewal-service", 5, "request-1")));

        assertThat(ordered).extracting(TrailEntry::eventId).containsExactly("c", "a", "b");
    }

    private static TrailEntry entry(String id, String service, int second, String cause) {
        return new TrailEntry(id, service, "Event", T.plusSeconds(second), null, null, "system:" + service,
                "journey", cause, null);
    }
}
