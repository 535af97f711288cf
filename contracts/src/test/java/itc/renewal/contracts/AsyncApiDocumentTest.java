package itc.renewal.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/asyncapi.yaml} (shipped in the jar) names every topic and every published type, and each message
 * points at the type's schema, carries its {@code ce_type}, {@code ce_dataschema} and version, and shows its sample.
 */
class AsyncApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = EventContract.class.getResourceAsStream(EventContract.RESOURCE_FOLDER + "../asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml in the contracts jar").isNotNull();
            document = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void everyTopicIsAChannelWithExactlyItsTypes() {
        Map<String, List<String>> published = new TreeMap<>(EventTypes.contracts().stream().collect(Collectors.groupingBy(
                EventContract::topic, Collectors.mapping(EventContract::type, Collectors.toList()))));
        Map<String, List<String>> documented = new TreeMap<>();
        document.path("channels").forEach(channel -> {
            List<String> types = new ArrayList<>();
            channel.path("messages").forEach(message -> types.add(referenced(message, "#/components/messages/")));
            documented.put(channel.path("address").asText(), types);
        });
        assertThat(documented.keySet()).isEqualTo(published.keySet());
        published.forEach((topic, types) ->
                assertThat(documented.get(topic)).as(topic).containsExactlyInAnyOrderElementsOf(types));
    }

    @Test
    void everyChannelStatesItsTopicConfiguration() {
        for (PublishedTopic topic : EventTypes.topics()) {
            JsonNode kafka = channelAt(topic.name()).path("bindings").path("kafka");
            assertThat(kafka.path("topic").asText()).isEqualTo(topic.name());
            assertThat(kafka.path("partitions").asInt()).as(topic.name()).isEqualTo(topic.partitions());
            JsonNode configuration = kafka.path("topicConfiguration");
            assertThat(configuration.path("cleanup.policy").path(0).asText()).as(topic.name())
                    .isEqualTo(topic.cleanupPolicy());
            assertThat(configuration.path("retention.ms").isMissingNode() ? null
                    : java.time.Duration.ofMillis(configuration.path("retention.ms").asLong()))
                    .as(topic.name() + " retention.ms").isEqualTo(topic.retention());
            assertThat(configuration.path("delete.retention.ms").isMissingNode() ? null
                    : java.time.Duration.ofMillis(configuration.path("delete.retention.ms").asLong()))
                    .as(topic.name() + " delete.retention.ms").isEqualTo(topic.tombstones());
        }
        assertThat(document.path("channels").size()).isEqualTo(EventTypes.topics().size());
    }

    @Test
    void everyChannelHasASendOperationForAllItsMessages() {
        document.path("channels").fields().forEachRemaining(channel -> {
            JsonNode operation = operationOn(channel.getKey());
            assertThat(operation.path("action").asText()).as(channel.getKey()).isEqualTo("send");
            assertThat(operation.path("messages").size()).as(channel.getKey())
                    .isEqualTo(channel.getValue().path("messages").size());
        });
    }

    @TestFactory
    Stream<DynamicTest> everyMessageAgreesWithItsContract() {
        return EventTypes.contracts().stream().map(contract -> DynamicTest.dynamicTest(contract.type(), () -> {
            JsonNode message = document.path("components").path("messages").path(contract.type());
            assertThat(message.isMissingNode()).as("message " + contract.type()).isFalse();
            assertThat(message.path("name").asText()).isEqualTo(contract.type());
            assertThat(message.path("payload").path("$ref").asText()).isEqualTo("./schemas/" + contract.type() + ".json");
            JsonNode headers = message.path("headers").path("properties");
            assertThat(headers.path("ce_type").path("const").asText()).isEqualTo(contract.type());
            assertThat(headers.path("ce_dataschema").path("const").asText()).isEqualTo(contract.dataSchema());
            assertThat(contract.version()).matches(headers.path("ce_dataversion").path("pattern").asText());
            assertThat(headers.path("ce_dataversion").path("description").asText()).contains(contract.version());
            assertThat(message.path("examples").path(0).path("payload")).isEqualTo(SchemaAgreementTest.sampleOf(contract));
        }));
    }

    private static JsonNode channelAt(String address) {
        List<JsonNode> found = new ArrayList<>();
        document.path("channels").forEach(channel -> {
            if (channel.path("address").asText().equals(address)) {
                found.add(channel);
            }
        });
        assertThat(found).as("channels at " + address).hasSize(1);
        return found.get(0);
    }

    private static JsonNode operationOn(String channelKey) {
        List<JsonNode> found = new ArrayList<>();
        document.path("operations").forEach(operation -> {
            if (referenced(operation.path("channel"), "#/channels/").equals(channelKey)) {
                found.add(operation);
            }
        });
        assertThat(found).as("operations on " + channelKey).hasSize(1);
        return found.get(0);
    }

    private static String referenced(JsonNode node, String prefix) {
        String ref = node.path("$ref").asText();
        assertThat(ref).startsWith(prefix);
        return ref.substring(prefix.length());
    }
}
