package itc.renewal.points.ledger.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored events stay readable: a registration recorded before the association flag existed is the member's. */
class PointsRegisteredEventTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void p3_aRegistrationRecordedBeforeTheAssociationFlagIsTheMembersOwn() throws Exception {
        PointsRegisteredEvent event = json.readValue("""
                {"memberId":"M0000001","entryId":"e1","activityDate":"2026-10-01","fiscalYear":2026,
                 "category":"SELF_STUDY","title":"読書","points":2.5,"fiscalYearCountedTotal":2.5,"note":null,
                 "hours":null,"countedPoints":2.5,"categoryCap":6.0}""", PointsRegisteredEvent.class);

        assertThat(event.registeredByAssociation()).isFalse();
        assertThat(event.countedTotalFor(2026)).contains(new BigDecimal("2.5"));
        assertThat(event.countedTotalFor(2025)).isEmpty();
    }
}
