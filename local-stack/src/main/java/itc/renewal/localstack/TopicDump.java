package itc.renewal.localstack;

import itc.renewal.embedded.stack.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code ./itc-renewal events <topic>}: prints every record of a topic from the beginning (partition,
 * offset, key, CloudEvents headers, JSON body), like Kafka's console consumer, without a Kafka
 * installation. Reads only; commits no offsets.
 */
public final class TopicDump {

    private TopicDump() {
    }

    public static void main(String[] args) {
        String topic = args.length > 0 ? args[0] : "itc.renewal.events";
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
        for (ConsumerRecord<String, byte[]> record : TopicRecords.readAll(bootstrap, topic, Duration.ofMinutes(2))) {
            System.out.printf("%s-%d@%d key=%s %s%n  %s%n", record.topic(), record.partition(), record.offset(),
                    record.key(), headers(record), new String(record.value(), StandardCharsets.UTF_8));
        }
    }

    private static String headers(ConsumerRecord<?, ?> record) {
        StringBuilder text = new StringBuilder();
        for (Header header : record.headers()) {
            text.append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8)).append(' ');
        }
        return text.toString().trim();
    }
}
