package itc.renewal.localstack;

import itc.renewal.embedded.stack.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/**
 * {@code ./itc-renewal events [topic] [--member <id>] [--follow]}: prints a topic's records from the beginning
 * (partition, offset, key, CloudEvents headers, JSON body) like Kafka's console consumer, without a Kafka
 * installation; only one member's records with {@code --member}, and new ones as they come with {@code --follow}
 * (until Ctrl-C). A topic the broker does not have is refused with the list of those it has, and never created.
 * Reads only; commits no offsets.
 */
public final class TopicDump {

    private TopicDump() {
    }

    public static void main(String[] args) {
        EventsOptions options;
        try {
            options = EventsOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
        Set<String> topics = TopicRecords.topics(bootstrap);
        if (!topics.contains(options.topic())) {
            System.err.println("unknown topic " + options.topic() + "; the broker has: " + String.join(", ", topics));
            System.exit(2);
            return;
        }
        if (options.follow()) {
            TopicRecords.follow(bootstrap, options.topic(), record -> print(record, options), () -> false);
        } else {
            TopicRecords.readAll(bootstrap, options.topic(), Duration.ofMinutes(2))
                    .forEach(record -> print(record, options));
        }
    }

    private static void print(ConsumerRecord<String, byte[]> record, EventsOptions options) {
        if (!options.wants(record.key())) {
            return;
        }
        System.out.printf("%s-%d@%d key=%s %s%n  %s%n", record.topic(), record.partition(), record.offset(),
                record.key(), headers(record),
                record.value() == null ? "(tombstone)" : new String(record.value(), StandardCharsets.UTF_8));
        System.out.flush();
    }

    private static String headers(ConsumerRecord<?, ?> record) {
        StringBuilder text = new StringBuilder();
        for (Header header : record.headers()) {
            text.append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8)).append(' ');
        }
        return text.toString().trim();
    }
}
