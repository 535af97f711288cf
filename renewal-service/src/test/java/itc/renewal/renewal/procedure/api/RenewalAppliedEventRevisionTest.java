package itc.renewal.renewal.procedure.api;

import itc.renewal.renewal.procedure.RenewalTestData;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored RenewalAppliedEvents stay readable (STYLE §5: internal events evolve with @Revision). */
class RenewalAppliedEventRevisionTest {

    private static final Instant APPLIED_AT = Instant.parse("2027-04-10T01:00:00Z");

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void p4_revisionOneReadsWithoutTheGrantedPoints() throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream("/events/RenewalAppliedEvent-rev1.json")) {
            stored = in.readAllBytes();
        }

        RenewalAppliedEvent event = serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class,
                RenewalAppliedEvent.class.getName(), null));

        assertThat(event).isEqualTo(new RenewalAppliedEvent("2027-M0000001", "M0000001", 2027,
                new BigDecimal("22000"), false, "2027.1", APPLIED_AT, null, null, null));
    }

    @Test
    void p4_q5_revisionThreeKeepsTheGrantedPointsLedgerSequenceAndWindowEnd() {
        RenewalAppliedEvent event = new RenewalAppliedEvent("2027-M0000001", "M0000001", 2027,
                new BigDecimal("22000"), false, "2027.1", APPLIED_AT, new BigDecimal("10.5"), 7L,
                RenewalTestData.standardWindowEnd(2027));

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("3");
        assertThat((RenewalAppliedEvent) serializer.deserialize(stored)).isEqualTo(event);
    }
}
