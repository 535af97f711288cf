package itc.renewal.report.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.report.submission.api.ActivityReportSubmittedEvent;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule R4: a report stored before answers were sealed reads as erased, its plaintext never read. */
class PlainAnswersUpcasterTest {

    private static final String LEGACY = """
            {"renewalId":"2027-M0000001","memberId":"M0000001","fiscalYear":2027,"questionnaireVersion":"2027.1",
             "submittedAt":"2027-04-12T01:00:00Z","answers":{"involvement":"ACTIVE","practiceAreas":["DX_SUPPORT"],
             "satisfaction":4,"comment":"個人的な感想"}}
            """;

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    @Test
    void r4_aRevisionOneSubmissionReadsWithoutItsPlainAnswers() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("ActivityReport", "2027-M0000001", 1,
                "e1", Instant.parse("2027-04-12T01:00:00Z"), ActivityReportSubmittedEvent.class.getName(), null,
                LEGACY.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

        IntermediateEventRepresentation read = new PlainAnswersUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).findFirst().orElseThrow();
        ActivityReportSubmittedEvent event = serializer.deserialize(read.getData());

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(event.answers()).isNull();
        assertThat(event.renewalId()).isEqualTo("2027-M0000001");
        assertThat(event.submittedAt()).isEqualTo(Instant.parse("2027-04-12T01:00:00Z"));
    }
}
