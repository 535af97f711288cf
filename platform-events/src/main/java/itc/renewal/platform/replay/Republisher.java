package itc.renewal.platform.replay;

import itc.renewal.platform.axon.ProvenanceInterceptors;
import itc.renewal.platform.messaging.EventRelay;
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
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.core.env.Environment;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Republishes a service's stored events to its topics (issue 10): reads the event store from the beginning or from a
 * position, runs each event through the service's own relays (so every record is exactly what the relay published:
 * same id, key, contract and provenance) and sends them on a batching producer, optionally only one member's
 * records. Subscribers recognise the ids and change nothing. One run at a time per service; the run is recorded as
 * an {@link EventsRepublished} event of the operator.
 */
public class Republisher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Republisher.class);

    private final EventStorageEngine storage;
    private final List<AnnotationEventHandlerAdapter> relays;
    private final IntegrationEventPublisher publisher;
    private final Environment environment;
    private final ReplayRuns runs;
    private final EventGateway events;
    private final Clock clock;
    private final String service;

    public Republisher(EventStorageEngine storage, List<EventRelay> relays, IntegrationEventPublisher publisher,
                       Environment environment, ReplayRuns runs, EventGateway events, Clock clock, String service) {
        this.storage = storage;
        this.relays = relays.stream().map(AnnotationEventHandlerAdapter::new).toList();
        this.publisher = publisher;
        this.environment = environment;
        this.runs = runs;
        this.events = events;
        this.clock = clock;
        this.service = service;
    }

    /** The position the next stored event will have: a valid {@code fromPosition} is below it. */
    public long head() {
        TrackingToken head = storage.createHeadToken();
        return head == null ? 0 : head.position().orElse(-1) + 1;
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

    private RepublishResult send(Long fromPosition, String memberId) {
        long startNanos = System.nanoTime();
        TrackingToken from = fromPosition == null || fromPosition == 0 ? null
                : GapAwareTrackingToken.newInstance(fromPosition - 1, Set.of());
        Map<String, String> topics = new HashMap<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long read = 0;
        long sent = 0;
        Long first = null;
        Long last = null;
        try (KafkaProducer<byte[], byte[]> producer = producer();
             Stream<? extends TrackedEventMessage<?>> stored = storage.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> inOrder = stored.iterator();
            while (inOrder.hasNext()) {
                TrackedEventMessage<?> event = inOrder.next();
                long position = event.trackingToken().position().orElse(-1);
                first = first == null ? position : first;
                last = position;
                read++;
                for (RelayCapture.Captured record : relayed(event)) {
                    if (memberId != null && !memberId.equals(record.key())) {
                        continue;
                    }
                    String topic = topics.computeIfAbsent(record.binding(), this::destinationOf);
                    producer.send(publisher.record(topic, record), (metadata, error) -> {
                        if (error != null) {
                            failure.compareAndSet(null, error);
                        }
                    });
                    sent++;
                }
                if (failure.get() != null) {
                    break;
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            log.warn("republishing stopped after {} events read, {} records sent", read, sent, failure.get());
            throw new Rejection(503, "replay.kafka-unavailable", "Kafka が記録を受け付けなかったため再送を中止しました（"
                    + read + " 件読み、" + sent + " 件送信: 同じ ID なので、もう一度実行しても購読側で重複しません）: "
                    + failure.get().getMessage());
        }
        long millis = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
        return new RepublishResult(service, fromPosition, memberId, first, last, read, sent, millis,
                Math.round(read * 10_000.0 / millis) / 10.0);
    }

    /** What the service's relays publish for {@code event}, with the event's provenance, nothing sent. */
    private List<RelayCapture.Captured> relayed(EventMessage<?> event) {
        try (ProvenanceContext.Scope ignored = ProvenanceContext.open(
                ProvenanceInterceptors.handlingOf(event, "system:" + service))) {
            return RelayCapture.during(() -> {
                for (AnnotationEventHandlerAdapter relay : relays) {
                    if (relay.canHandle(event)) {
                        try {
                            relay.handle(event);
                        } catch (Exception e) {
                            throw new IllegalStateException("relaying " + event.getIdentifier() + " failed", e);
                        }
                    }
                }
            });
        }
    }

    private String destinationOf(String binding) {
        String destination = environment.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
        if (destination == null) {
            throw new IllegalStateException("binding " + binding + " has no destination");
        }
        return destination;
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
