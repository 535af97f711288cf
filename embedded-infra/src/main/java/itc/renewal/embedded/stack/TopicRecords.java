package itc.renewal.embedded.stack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Every record a topic holds right now, from the beginning of each partition to its current end (committed
 * records only), or followed as it grows. Reads only: no consumer group, no offsets committed, and never creates a
 * topic by asking for it (a mistyped name stays unknown). For {@code ./itc-renewal events} and the system tests.
 */
public final class TopicRecords {

    private TopicRecords() {
    }

    /** The topics the broker has, without Kafka's internal ones. */
    public static Set<String> topics(String bootstrapServers) {
        try (KafkaConsumer<String, byte[]> consumer = reader(bootstrapServers)) {
            return consumer.listTopics(Duration.ofSeconds(10)).keySet().stream()
                    .filter(name -> !name.startsWith("__")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * Hands every record of {@code topic} to {@code each}, from the beginning, then every new one as it arrives,
     * until {@code stop} says so (checked about every 200 ms).
     */
    public static void follow(String bootstrapServers, String topic, Consumer<ConsumerRecord<String, byte[]>> each,
                              BooleanSupplier stop) {
        try (KafkaConsumer<String, byte[]> consumer = reader(bootstrapServers)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalArgumentException("no topic " + topic);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            while (!stop.getAsBoolean()) {
                consumer.poll(Duration.ofMillis(200)).forEach(each);
            }
        }
    }

    private static KafkaConsumer<String, byte[]> reader(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** @return the records in partition order; empty if the topic does not exist (yet) */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic, Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = reader(bootstrapServers)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
