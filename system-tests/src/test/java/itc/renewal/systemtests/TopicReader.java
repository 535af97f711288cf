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
import java.util.List;

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

    /** One record: key, CloudEvents headers and JSON body. */
    public record Event(String key, String id, String type, String source, List<String> headerNames, JsonNode body) {

        static Event of(ConsumerRecord<String, byte[]> record) {
            try {
                List<String> names = new ArrayList<>();
                record.headers().forEach(h -> names.add(h.key()));
                return new Event(record.key(), header(record, "ce_id"), header(record, "ce_type"),
                        header(record, "ce_source"), names, JSON.readTree(record.value()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String header(ConsumerRecord<?, ?> record, String name) {
            Header header = record.headers().lastHeader(name);
            return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
