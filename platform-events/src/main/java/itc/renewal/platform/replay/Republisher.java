package itc.renewal.platform.replay;

import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.platform.messaging.MessagingAutoConfiguration;
import itc.renewal.platform.messaging.RelayCapture;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.platform.provenance.Handling;
import itc.renewal.platform.provenance.Provenance;
import itc.renewal.platform.provenance.ProvenanceContext;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Republishes a service's stored events to its topics (issue 10): reads the event store from the beginning or from a
 * position, runs each event through the service's own relays (so every record is exactly what the relay published:
 * same id, key, contract and provenance) and sends them on a batching producer, optionally only one member's
 * records. Subscribers recognise the ids and change nothing. One run at a time per service; the run is recorded as
 * an {@link EventsRepublished} event of the operator.
 */
public class Republisher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Republisher.class);

    private final StoredRecords stored;
    private final IntegrationEventPublisher publisher;
    private final Environment environment;
    private final ReplayRuns runs;
    private final EventGateway events;
    private final Clock clock;
    private final String service;

    public Republisher(StoredRecords stored, IntegrationEventPublisher publisher, Environment environment,
                       ReplayRuns runs, EventGateway events, Clock clock) {
        this.stored = stored;
        this.publisher = publisher;
        this.environment = environment;
        this.runs = runs;
        this.events = events;
        this.clock = clock;
        this.service = stored.service();
    }

    /** The position the next stored event will have: a valid {@code fromPosition} is below it. */
    public long head() {
        return stored.head();
    }

    /**
     * @param fromPosition first store position to read (null: from the beginning); 400 when negative or beyond the end
     * @param memberId     only this member's records (null: all)
     */
    public RepublishResult republish(Long fromPosition, String memberId) {
        long head = head();
        if (fromPosition != null && (fromPosition < 0 || fromPosition >= Math.max(head, 1))) {
            throw Rejection.badInput("replay.position-invalid", "fromPosition は 0 から " + Math.max(head - 1, 0)
                    + " までで指定してください（" + service + " のイベントストアの位置）。");
        }
        String actor = ProvenanceContext.current().map(Handling::of).map(Provenance::actor).orElse("system:" + service);
        String run = "republish";
        UUID claim = runs.claim(run, actor);
        try {
            Instant started = clock.instant();
            RepublishResult result = send(fromPosition, memberId);
            events.publish(new EventsRepublished(service, fromPosition, memberId, result.firstPosition(),
                    result.lastPosition(), result.recordsPublished(), started, clock.instant()));
            return result;
        } finally {
            runs.release(run, claim);
        }
    }

    /** How far a run got. */
    private static final class Progress {
        long read;
        long sent;
        Long first;
        Long last;
        final AtomicReference<Exception> failure = new AtomicReference<>();
    }

    private RepublishResult send(Long fromPosition, String memberId) {
        long startNanos = System.nanoTime();
        Progress progress = new Progress();
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            stored.walk(fromPosition, (position, records) -> {
                progress.first = progress.first == null ? position : progress.first;
                progress.last = position;
                progress.read++;
                for (RelayCapture.Captured record : records) {
                    if (memberId == null || memberId.equals(record.key())) {
                        producer.send(publisher.record(stored.topicOf(record.binding()), record), (metadata, error) -> {
                            if (error != null) {
                                progress.failure.compareAndSet(null, error);
                            }
                        });
                        progress.sent++;
                    }
                }
                return progress.failure.get() == null;
            });
            producer.flush();
        }
        if (progress.failure.get() != null) {
            log.warn("republishing stopped after {} events read, {} records sent", progress.read, progress.sent,
                    progress.failure.get());
            throw new Rejection(503, "replay.kafka-unavailable", "Kafka が記録を受け付けなかったため再送を中止しました（"
                    + progress.read + " 件読み、" + progress.sent + " 件送信: 同じ ID なので、もう一度実行しても購読側で重複しません）: "
                    + progress.failure.get().getMessage());
        }
        long millis = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
        return new RepublishResult(service, fromPosition, memberId, progress.first, progress.last, progress.read,
                progress.sent, millis, Math.round(progress.read * 10_000.0 / millis) / 10.0);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MessagingAutoConfiguration.brokers(environment));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-republisher");
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
