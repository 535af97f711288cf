package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.embedded.stack.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a whole topic from the beginning, as a subscribing internal system would see it. */
public final class TopicReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;
    private final String topic;

    TopicReader(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /** Every record currently on the topic. */
    public List<Event> readAll() {
        return TopicRecords.readAll(bootstrapServers, topic, Duration.ofSeconds(20)).stream().map(Event::of).toList();
    }

    public List<Event> ofType(String type) {
        return readAll().stream().filter(e -> e.type().equals(type)).toList();
    }

    /** One record: key, headers (as UTF-8 text), the CloudEvents attributes used most, and the JSON body (null: a tombstone). */
    public record Event(String key, String id, String type, String source, Map<String, String> headers, JsonNode body) {

        static Event of(ConsumerRecord<String, byte[]> record) {
            try {
                Map<String, String> headers = new LinkedHashMap<>();
                record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
                return new Event(record.key(), header(record, "ce_id"), header(record, "ce_type"),
                        header(record, "ce_source"), headers, record.value() == null ? null : JSON.readTree(record.value()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public List<String> headerNames() {
            return new ArrayList<>(headers.keySet());
        }

        private static String header(ConsumerRecord<?, ?> record, String name) {
            Header header = record.headers().lastHeader(name);
            return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
