package itc.renewal.platform.axon;

import itc.renewal.platform.axon.renamed.SampleRenamedEvent;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PackageRenameUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    private final PackageRenameUpcaster upcaster = new PackageRenameUpcaster(
            Map.of("itc.renewal.platform.axon.former", "itc.renewal.platform.axon.renamed"));

    @Test
    void anEventStoredUnderTheFormerPackageIsReadAsTheRenamedClass() {
        List<IntermediateEventRepresentation> read = upcaster.upcast(Stream.of(stored(
                "itc.renewal.platform.axon.former.SampleRenamedEvent", "{\"renewalId\":\"2027-M0000001\",\"fiscalYear\":2027}")))
                .toList();

        SerializedObject<byte[]> payload = read.get(0).getData(byte[].class);
        assertThat(payload.getType().getName()).isEqualTo(SampleRenamedEvent.class.getName());
        Object event = serializer.deserialize(payload);
        assertThat(event).isEqualTo(new SampleRenamedEvent("2027-M0000001", 2027));
    }

    @Test
    void eventsOfOtherPackagesAndSubpackagesAreLeftAlone() {
        List<IntermediateEventRepresentation> read = upcaster.upcast(Stream.of(
                stored("itc.renewal.platform.axon.other.SomeEvent", "{}"),
                stored("itc.renewal.platform.axon.former.sub.SomeEvent", "{}"))).toList();

        assertThat(read).extracting(r -> r.getType().getName()).containsExactly(
                "itc.renewal.platform.axon.other.SomeEvent", "itc.renewal.platform.axon.former.sub.SomeEvent");
    }

    private InitialEventRepresentation stored(String payloadType, String json) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Renewal", "2027-M0000001", 0,
                "event-1", Instant.parse("2027-04-10T01:00:00Z"), payloadType, null,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }
}
