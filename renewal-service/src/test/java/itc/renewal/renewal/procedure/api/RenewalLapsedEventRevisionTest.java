package itc.renewal.renewal.procedure.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored RenewalLapsedEvents stay readable (STYLE §5: internal events evolve with @Revision). */
class RenewalLapsedEventRevisionTest {

    private static final Instant WINDOW_CLOSED = Instant.parse("2027-05-31T15:00:00Z");

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    /** Before revision 2 only applied renewals lapsed, by their own deadline. */
    @Test
    void c3_revisionOneReadsAsAnAppliedRenewal() throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream("/events/RenewalLapsedEvent-rev1.json")) {
            stored = in.readAllBytes();
        }

        RenewalLapsedEvent event = serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class,
                RenewalLapsedEvent.class.getName(), null));

        assertThat(event).isEqualTo(new RenewalLapsedEvent("2027-M0000001", "M0000001", 2027,
                LocalDate.of(2027, 5, 31), WINDOW_CLOSED, null));
        assertThat(event.wasApplied()).isTrue();
    }

    @Test
    void c3_revisionTwoKeepsWhetherTheHolderApplied() {
        RenewalLapsedEvent event = new RenewalLapsedEvent("2027-M0000001", "M0000001", 2027,
                LocalDate.of(2027, 5, 31), WINDOW_CLOSED, false);

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        RenewalLapsedEvent read = serializer.deserialize(stored);
        assertThat(read).isEqualTo(event);
        assertThat(read.wasApplied()).isFalse();
    }
}
