package itc.renewal.localstack.bench;

import itc.renewal.embedded.stack.TopicRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When each bench member's renewal completed and their certificate was issued, as a subscriber sees it: the moment
 * {@code renewal.RenewalCompleted.v1} and {@code certificate.CertificateIssued.v1} of the member arrive on their
 * topics (only this run's members are noted), and their fees paid. Also counts records that came again (the same
 * record delivered twice, or the same fact made twice: {@link #factsOf} tells which).
 */
final class Milestones implements AutoCloseable {

    static final String COMPLETED = "renewal.RenewalCompleted.v1";
    static final String CERTIFIED = "certificate.CertificateIssued.v1";
    static final String PAID = "payment.FeePaid.v1";

    private final Set<String> members;
    private final Map<String, Long> completed = new ConcurrentHashMap<>();
    private final Map<String, Long> certified = new ConcurrentHashMap<>();
    private final Map<String, Long> paid = new ConcurrentHashMap<>();
    /** Distinct event ids per type and member: a record delivered twice has one id, a fact made twice two. */
    private final Map<String, Map<String, Set<String>>> ids = new ConcurrentHashMap<>();
    private final AtomicInteger repeats = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Thread[] readers;

    Milestones(String bootstrap, Set<String> members) {
        this.members = members;
        this.readers = new Thread[] {
                reader(bootstrap, "itc.renewal.events", COMPLETED, completed),
                reader(bootstrap, "itc.notification.events", CERTIFIED, certified),
                reader(bootstrap, "itc.payment.events", PAID, paid)};
    }

    private Thread reader(String bootstrap, String topic, String type, Map<String, Long> seen) {
        Thread thread = new Thread(() -> TopicRecords.follow(bootstrap, topic,
                record -> note(record, type, seen), stop::get), "bench-" + topic);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void note(ConsumerRecord<String, byte[]> record, String type, Map<String, Long> seen) {
        Header header = record.headers().lastHeader("ce_type");
        if (header == null || !type.equals(new String(header.value(), StandardCharsets.UTF_8))
                || !members.contains(record.key())) {
            return;
        }
        if (seen.putIfAbsent(record.key(), System.nanoTime()) != null) {
            repeats.incrementAndGet();
        }
        Header id = record.headers().lastHeader("ce_id");
        ids.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(record.key(), k -> ConcurrentHashMap.newKeySet())
                .add(id == null ? "" : new String(id.value(), StandardCharsets.UTF_8));
    }

    Long completedAt(String member) {
        return completed.get(member);
    }

    Long certifiedAt(String member) {
        return certified.get(member);
    }

    int completedCount() {
        return completed.size();
    }

    int certifiedCount() {
        return certified.size();
    }

    /** How many distinct facts of {@code type} the member has (1 is exactly once). */
    int factsOf(String type, String member) {
        return ids.getOrDefault(type, Map.of()).getOrDefault(member, Set.of()).size();
    }

    int repeats() {
        return repeats.get();
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread reader : readers) {
            reader.join(5_000);
        }
    }
}
