package itc.renewal.platform.replay;

import itc.renewal.platform.messaging.CloudEventHeaders;
import itc.renewal.platform.messaging.MessagingAutoConfiguration;
import itc.renewal.platform.messaging.RelayCapture;
import itc.renewal.platform.problem.Rejection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.core.env.Environment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a service's event store with its topics (issue 10), by event id: the records its relays publish for
 * the stored events (expected) against the records on each of its topics that name the service as their source
 * (found). Missing: stored but never on the topic (a record lost, or one older than the topic's retention); extra:
 * on the topic in the service's name but from no stored event (a record someone else produced as the service).
 * A record on the topic more than once (sent again, e.g. republished) is counted, not reported: subscribers drop
 * repeats by id. Optionally for one member (the record key). Compacted topics (itc.holders) are not compared:
 * compaction removes a member's older records by design.
 */
public class Completeness {

    /** At most this many ids of each kind are listed; the counts are always whole. */
    static final int LISTED = 100;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final StoredRecords stored;
    private final Environment environment;
    private final Collection<String> ownTopics;

    /** @param ownTopics the topics the service publishes to (its output bindings), read even when nothing is stored */
    public Completeness(StoredRecords stored, Environment environment, Collection<String> ownTopics) {
        this.stored = stored;
        this.environment = environment;
        this.ownTopics = ownTopics;
    }

    /** One topic's comparison. */
    public record TopicReport(String topic, long expected, long found, long repeated, long missingCount,
                              List<String> missing, long extraCount, List<String> extra) {
    }

    /** The whole comparison; {@code complete} when nothing is missing or extra on any topic. */
    public record Report(String service, String memberId, long storedEvents, boolean complete,
                         List<TopicReport> topics) {
    }

    /**
     * The topic's end offsets are taken after the store's head and before the store is read: every record on the
     * topic up to them was relayed from an event at or below that head, so nothing the relays send meanwhile shows
     * as extra. An event stored but not relayed yet (the relay a moment behind) shows as missing until it is sent.
     */
    public Report check(String memberId) {
        long head = stored.head();
        Map<String, Set<String>> expected = new TreeMap<>();
        ownTopics.forEach(topic -> expected.put(topic, new HashSet<>()));
        Map<String, Map<TopicPartition, Long>> ends = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            for (String topic : ownTopics) {
                ends.put(topic, endOffsets(consumer, topic));
            }
        } catch (KafkaException e) {
            throw unreadable(String.join(", ", ownTopics), e);
        }
        long[] events = {0};
        stored.walk(null, (position, records) -> {
            if (position >= head) {
                return false;
            }
            events[0]++;
            for (RelayCapture.Captured record : records) {
                Set<String> ids = expected.get(stored.topicOf(record.binding())); // null: a compacted topic
                if (ids != null && (memberId == null || memberId.equals(record.key()))) {
                    ids.add(record.eventId().toString());
                }
            }
            return true;
        });
        String source = "/itc-renewal/" + stored.service();
        List<TopicReport> topics = expected.entrySet().stream()
                .map(topic -> compare(topic.getKey(), topic.getValue(), ends.get(topic.getKey()), source, memberId))
                .toList();
        boolean complete = topics.stream().allMatch(topic -> topic.missingCount() == 0 && topic.extraCount() == 0);
        return new Report(stored.service(), memberId, events[0], complete, topics);
    }

    private TopicReport compare(String topic, Set<String> expected, Map<TopicPartition, Long> end, String source,
                                String memberId) {
        Map<String, Integer> found = read(topic, end, source, memberId);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(found.keySet());
        Set<String> extra = new TreeSet<>(found.keySet());
        extra.removeAll(expected);
        long total = found.values().stream().mapToLong(Integer::longValue).sum();
        return new TopicReport(topic, expected.size(), found.size(), total - found.size(), missing.size(),
                missing.stream().limit(LISTED).toList(), extra.size(), extra.stream().limit(LISTED).toList());
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, MessagingAutoConfiguration.brokers(environment));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, stored.service() + "-completeness");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Map<TopicPartition, Long> endOffsets(KafkaConsumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        return consumer.endOffsets(partitions, Duration.ofSeconds(10));
    }

    /** Event id → how often it is on the topic up to {@code end}, for the records from {@code source}. */
    private Map<String, Integer> read(String topic, Map<TopicPartition, Long> end, String source, String memberId) {
        Map<String, Integer> found = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = List.copyOf(end.keySet());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new Rejection(503, "replay.kafka-unavailable", topic + " を最後まで読めませんでした（"
                            + PATIENCE.toSeconds() + " 秒）。しばらくしてからもう一度お試しください。");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    boolean before = record.offset() < end.get(new TopicPartition(topic, record.partition()));
                    if (before && source.equals(header(record, CloudEventHeaders.SOURCE))
                            && (memberId == null || memberId.equals(record.key()))) {
                        found.merge(header(record, CloudEventHeaders.ID), 1, Integer::sum);
                    }
                }
            }
        } catch (KafkaException e) {
            throw unreadable(topic, e);
        }
        return found;
    }

    private static Rejection unreadable(String topic, KafkaException e) {
        return new Rejection(503, "replay.kafka-unavailable", topic + " を読めませんでした: " + e.getMessage());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
