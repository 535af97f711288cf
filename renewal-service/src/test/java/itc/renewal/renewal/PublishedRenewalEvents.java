package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What renewal-service published on {@code itc.renewal.events}, read from the start of the topic by a consumer
 * group of its own (it shares no partitions with the other ITs' contexts, whose events the topic holds too). Made
 * by a test, or a bean of a service IT ({@code @Import(PublishedRenewalEvents.class)}) that its context closes.
 */
final class PublishedRenewalEvents implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final ObjectMapper json;
    private final List<ConsumerRecord<String, byte[]>> published = new ArrayList<>();

    @Autowired
    PublishedRenewalEvents(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers, ObjectMapper json) {
        this(brokers, json, EventTypes.RENEWAL_TOPIC);
    }

    /** What renewal-service published on another of its topics (e.g. the holders topic). */
    PublishedRenewalEvents(String brokers, ObjectMapper json, String topic) {
        this.json = json;
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "renewal-events-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** The first event of {@code type} (e.g. renewal.RenewalLapsed.v1) keyed by {@code memberId}, once published. */
    JsonNode await(String type, String memberId, Duration patience) {
        return Awaitility.await().atMost(patience).pollInSameThread().until(() -> {
            poll();
            return all(type, memberId);
        }, events -> !events.isEmpty()).get(0);
    }

    /** Every event of {@code type} keyed by {@code memberId} read so far. */
    List<JsonNode> all(String type, String memberId) {
        return published.stream()
                .filter(r -> memberId.equals(r.key()) && type.equals(header(r, "ce_type")))
                .map(r -> read(r.value()))
                .toList();
    }

    void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(published::add);
    }

    @Override
    public void close() {
        consumer.close();
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
