package itc.renewal.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every contract has a golden JSON sample ({@code docs/schemas/samples}, shipped in the jar); each sample must read
 * into the current record and write back to the same JSON, so a rename, removal or retyping of a field fails here,
 * in review.
 */
class GoldenSamplesTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @TestFactory
    Stream<DynamicTest> everyContractReadsAndWritesItsGoldenSample() {
        return EventTypes.all().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            JsonNode golden = golden(entry.getKey());
            Object event = json.treeToValue(golden, entry.getValue());
            JsonNode written = json.readTree(json.writeValueAsString(event));
            assertThat(written).isEqualTo(golden);
        }));
    }

    @Test
    void consumersIgnoreFieldsAddedLaterWithinAVersion() throws IOException {
        JsonNode sample = golden("renewal.RenewalApplied.v1");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sample).put("addedInV1_1", "ignored");
        Object event = json.treeToValue(sample, EventTypes.classOf("renewal.RenewalApplied.v1").orElseThrow());
        assertThat(event).hasFieldOrPropertyWithValue("renewalId", "2027-M0000001");
    }

    @Test
    void eventsWrittenBeforeAnOptionalFieldArrivedStayReadable() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/points/v1/older/PointsRegistered-v1.0.json")) {
            itc.renewal.contracts.points.v1.PointsRegistered old =
                    json.readValue(in, itc.renewal.contracts.points.v1.PointsRegistered.class);
            assertThat(old.ledgerSequence()).isNull();
            assertThat(old.fiscalYearCountedTotal()).isEqualByComparingTo("10.0");
        }
    }

    @Test
    void logicalNamesMapBothWays() {
        EventTypes.all().forEach((name, type) -> assertThat(EventTypes.nameOf(type)).isEqualTo(name));
        assertThat(EventTypes.classOf("renewal.Unknown.v9")).isEmpty();
    }

    private JsonNode golden(String logicalName) throws IOException {
        try (InputStream in = EventTypes.contract(logicalName).orElseThrow().sample()) {
            return json.readTree(in);
        }
    }
}
