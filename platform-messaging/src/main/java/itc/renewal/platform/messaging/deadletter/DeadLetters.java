package itc.renewal.platform.messaging.deadletter;

import itc.renewal.platform.problem.Rejection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The records parked on this service's dead-letter topics, for an operator: listed (those not yet retried or
 * discarded), inspected, retried through the very listener that failed (its inbox makes a retry of something
 * already processed a no-op) or discarded with a reason. Each retry and discard is recorded with its operator.
 */
public class DeadLetters {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final String ALREADY_RESOLVED = "dead-letter.already-resolved";

    private final Map<String, String> listenerByTopic;
    private final Function<String, Consumer<Message<byte[]>>> listeners;
    private final String brokers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    /**
     * @param listenerByTopic each dead-letter topic of this service → the name of the listener bean that parked there
     * @param listeners       finds a listener bean by name
     */
    public DeadLetters(Map<String, String> listenerByTopic, Function<String, Consumer<Message<byte[]>>> listeners,
                       String brokers, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.listenerByTopic = Map.copyOf(listenerByTopic);
        this.listeners = listeners;
        this.brokers = brokers;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public Set<String> topics() {
        return listenerByTopic.keySet();
    }

    /** Every parked record not yet retried or discarded, per topic in offset order. */
    public List<DeadLetter> open() {
        Set<String> resolved = Set.copyOf(jdbc.queryForList("select topic || '/' || partition_number || '/' "
                + "|| record_offset || '/' || event_id from dead_letter_resolution", String.class));
        List<DeadLetter> open = new ArrayList<>();
        for (String topic : listenerByTopic.keySet().stream().sorted().toList()) {
            for (ConsumerRecord<String, byte[]> record : readAll(topic)) {
                if (!resolved.contains(topic + "/" + record.partition() + "/" + record.offset() + "/" + eventIdOf(record))) {
                    open.add(summary(record, false));
                }
            }
        }
        return open;
    }

    public DeadLetter inspect(String topic, int partition, long offset) {
        return summary(find(topic, partition, offset), true);
    }

    /**
     * Hands the record to its listener again, in one transaction with the record of the retry (the listener's inbox
     * joins it): two operators retrying at once run it once, and a failed retry records nothing.
     */
    public String retry(String topic, int partition, long offset, String actor) {
        ConsumerRecord<String, byte[]> record = find(topic, partition, offset);
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0] : record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("x-")) {
                message.setHeader(header.key(), header.value());
            }
        }
        try {
            transactions.executeWithoutResult(status -> {
                resolve(record, "RETRIED", actor, null);
                listeners.apply(listenerByTopic.get(topic)).accept(message.build());
            });
        } catch (Rejection e) {
            if (ALREADY_RESOLVED.equals(e.code())) {
                throw e;
            }
            throw retryFailed(e);
        } catch (RuntimeException e) {
            throw retryFailed(e);
        }
        return "RETRIED";
    }

    public void discard(String topic, int partition, long offset, String actor, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw Rejection.badInput("dead-letter.reason-required", "破棄する理由を 500 文字以内で入力してください。");
        }
        ConsumerRecord<String, byte[]> record = find(topic, partition, offset);
        transactions.executeWithoutResult(status -> resolve(record, "DISCARDED", actor, reason));
    }

    /** Records what was done with {@code record}; 409 when it was retried or discarded before. */
    private void resolve(ConsumerRecord<String, byte[]> record, String action, String actor, String reason) {
        int recorded = jdbc.update("""
                insert into dead_letter_resolution (topic, partition_number, record_offset, event_id, action, actor,
                    reason, resolved_at) values (?, ?, ?, ?, ?, ?, ?, now()) on conflict do nothing""",
                record.topic(), record.partition(), record.offset(), eventIdOf(record), action, actor, reason);
        if (recorded == 0) {
            String done = jdbc.queryForObject("select action || ' by ' || actor from dead_letter_resolution where "
                            + "topic = ? and partition_number = ? and record_offset = ? and event_id = ?", String.class,
                    record.topic(), record.partition(), record.offset(), eventIdOf(record));
            throw Rejection.conflict(ALREADY_RESOLVED, "この記録は処理済みです（" + done + "）。");
        }
    }

    private static Rejection retryFailed(RuntimeException e) {
        return new Rejection(422, "dead-letter.retry-failed", "再処理に失敗しました（記録は残っています）: "
                + rootMessage(e));
    }

    /** The record at {@code offset}, read directly from there (not by scanning the topic). */
    private ConsumerRecord<String, byte[]> find(String topic, int partition, long offset) {
        if (!listenerByTopic.containsKey(topic)) {
            throw Rejection.notFound("dead-letter.topic-unknown", topic + " はこのサービスの退避先トピックではありません"
                    + "（" + String.join(", ", listenerByTopic.keySet().stream().sorted().toList()) + "）。");
        }
        try (KafkaConsumer<String, byte[]> consumer = reader()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, READ_TIMEOUT);
            if (partitions != null && partitions.stream().anyMatch(p -> p.partition() == partition) && offset >= 0) {
                TopicPartition at = new TopicPartition(topic, partition);
                consumer.assign(List.of(at));
                if (offset < consumer.endOffsets(List.of(at)).get(at)) {
                    consumer.seek(at, offset);
                    long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
                    while (System.nanoTime() < deadline) {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                            if (record.offset() == offset) {
                                return record;
                            }
                        }
                    }
                }
            }
        }
        throw Rejection.notFound("dead-letter.record-unknown", topic + " の " + partition + "/" + offset + " に記録はありません。");
    }

    private KafkaConsumer<String, byte[]> reader() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"),
                new org.apache.kafka.common.serialization.StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Every record of {@code topic}; refused when it cannot be read to its end in time (no silently short list). */
    private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = reader()) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, READ_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> assigned = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (assigned.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new Rejection(503, "dead-letter.unavailable", topic + " を最後まで読めませんでした（Kafka の応答"
                            + "待ち）。しばらくしてからもう一度お試しください。");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static String eventIdOf(ConsumerRecord<String, byte[]> record) {
        Header id = record.headers().lastHeader("ce_id");
        return id == null || id.value() == null ? "" : new String(id.value(), StandardCharsets.UTF_8);
    }

    private static DeadLetter summary(ConsumerRecord<String, byte[]> record, boolean details) {
        Map<String, String> headers = new LinkedHashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), h.value() == null ? null
                : new String(h.value(), StandardCharsets.UTF_8)));
        String failure = headers.getOrDefault("x-exception-message", headers.get("x-exception-fqcn"));
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), headers.get("ce_id"),
                headers.get("ce_type"), Instant.ofEpochMilli(record.timestamp()), failure,
                details ? headers : null,
                details && record.value() != null ? new String(record.value(), StandardCharsets.UTF_8) : null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
