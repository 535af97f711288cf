package itc.renewal.renewal;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.platformtest.PointsServiceStub;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Contract events of the services renewal-service listens to (points, payment, activity report), produced to their
 * topics as those services publish them: JSON with CloudEvents id and type headers, keyed by member id. A bean of a
 * service IT ({@code @Import(UpstreamEvents.class)}); the context closes its producer.
 */
final class UpstreamEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final ObjectMapper json;
    private final AtomicLong ledgerSequence = new AtomicLong();

    UpstreamEvents(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers, ObjectMapper json) {
        this.json = json;
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** A registration in FY2026 that points-service's ledger (its stand-in) has and publishes. */
    void registerCountedPoints(PointsServiceStub pointsService, String memberId, String countedTotal) {
        long sequence = ledgerSequence.incrementAndGet();
        pointsService.has(memberId, 2026, countedTotal, sequence);
        registerCountedPoints(memberId, 2026, countedTotal, Instant.now(), sequence);
    }

    void registerCountedPoints(String memberId, int fiscalYear, String countedTotal, Instant occurredAt,
                               long sequence) {
        UUID eventId = UUID.randomUUID();
        send(EventTypes.POINTS_TOPIC, memberId, eventId, new PointsRegistered(eventId, occurredAt, memberId,
                UUID.randomUUID().toString(), LocalDate.of(fiscalYear, 10, 1), fiscalYear, "SELF_STUDY",
                new BigDecimal(countedTotal), new BigDecimal(countedTotal), sequence));
    }

    void withdraw(String memberId, int fiscalYear, String countedTotal, long sequence) {
        UUID eventId = UUID.randomUUID();
        send(EventTypes.POINTS_TOPIC, memberId, eventId, new PointsEntryWithdrawn(eventId, Instant.now(), memberId,
                UUID.randomUUID().toString(), fiscalYear, new BigDecimal(countedTotal), sequence));
    }

    void send(String topic, String key, UUID eventId, Object contract) {
        try {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.writeValueAsBytes(contract));
            record.headers().add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", EventTypes.nameOf(contract.getClass()).getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot produce to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
