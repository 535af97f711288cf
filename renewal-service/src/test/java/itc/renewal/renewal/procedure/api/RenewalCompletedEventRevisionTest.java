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

/** Stored RenewalCompletedEvents stay readable (STYLE §5: internal events evolve with @Revision). */
class RenewalCompletedEventRevisionTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void c4_revisionOneReadsWithoutCertificateData() throws IOException {
        byte[] stored;
        try (InputStream in = getClass().getResourceAsStream("/events/RenewalCompletedEvent-rev1.json")) {
            stored = in.readAllBytes();
        }

        RenewalCompletedEvent event = serializer.deserialize(new SimpleSerializedObject<>(stored, byte[].class,
                RenewalCompletedEvent.class.getName(), null));

        assertThat(event).isEqualTo(new RenewalCompletedEvent("2027-M0000001", "M0000001", 2027,
                LocalDate.of(2028, 5, 31), Instant.parse("2027-04-10T01:00:00Z"), null));
    }

    @Test
    void c4_revisionTwoKeepsTheCertificateData() {
        RenewalCompletedEvent event = new RenewalCompletedEvent("2027-M0000001", "M0000001", 2027,
                LocalDate.of(2028, 5, 31), Instant.parse("2027-04-10T01:00:00Z"),
                new CertificateHolder("見本 太郎", "ミホン タロウ", "taro.mihon@example.jp", "0000002001C", "2016-03"));

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat((RenewalCompletedEvent) serializer.deserialize(stored)).isEqualTo(event);
    }
}
