package itc.renewal.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.tracing.Span;
import itc.renewal.contracts.EventContract;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.provenance.Handling;
import itc.renewal.platform.provenance.Provenance;
import itc.renewal.platform.provenance.ProvenanceContext;
import itc.renewal.platform.tracing.Traces;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes one integration event to Kafka through Spring Cloud Stream: JSON body, the member id as
 * key (per-member order), and CloudEvents binary-mode headers ({@code ce_id} = event id,
 * {@code ce_type} = logical type name, {@code ce_dataschema} = the schema's URN, {@code ce_dataversion} = the
 * minor version written; {@code ce_actor}, {@code ce_correlationid}, {@code ce_causationid} = the provenance of the
 * stored event being relayed, when it has one; {@code ce_membersequence} = the record's place among its member's
 * records on the binding, 1, 2, 3 … without gaps, see {@link MemberSequences}; {@code ce_traceparent} = the span
 * that published it, in the trace of the request the fact followed from: the CloudEvents distributed-tracing
 * extension). Header values are raw UTF-8 bytes so that any Kafka client, including the CloudEvents SDK, reads them
 * without Spring's type hints. Throws when the broker does not acknowledge, so that the calling tracking processor
 * retries: nothing is lost.
 */
public class IntegrationEventPublisher {

    private final StreamBridge streamBridge;
    private final ObjectMapper json;
    private final String source;
    private final MemberSequences sequences;

    /** @param sequences null where the application keeps no database (then records carry no member sequence) */
    public IntegrationEventPublisher(StreamBridge streamBridge, ObjectMapper json, String source,
                                     MemberSequences sequences) {
        this.streamBridge = streamBridge;
        this.json = json;
        this.source = source;
        this.sequences = sequences;
    }

    /**
     * Publishes {@code contract} (a record of {@code contracts}; its logical type name goes to {@code ce_type}).
     *
     * @param eventId    the Axon event's identifier ({@code @MessageIdentifier}), so a replay keeps the id
     * @param occurredAt business time of the fact
     * @param key        the member id: the Kafka key and {@code ce_subject}
     */
    public void publish(String binding, UUID eventId, Instant occurredAt, String key, Object contract) {
        publish(binding, eventId, occurredAt, key, contract, ProvenanceContext.current().map(Handling::of)
                .orElse(null));
    }

    /** As {@link #publish(String, UUID, Instant, String, Object)}, with the provenance the fact was recorded with. */
    public void publish(String binding, UUID eventId, Instant occurredAt, String key, Object contract,
                        Provenance provenance) {
        publish(binding, eventId, occurredAt, key, contract, provenance, null);
    }

    /**
     * As {@link #publish(String, UUID, Instant, String, Object, Provenance)}, in a span of the trace
     * {@code traceparent} names (the trace the fact was recorded in; null: the current span's, or a new trace). The
     * record carries the span as {@code ce_traceparent}.
     */
    public void publish(String binding, UUID eventId, Instant occurredAt, String key, Object contract,
                        Provenance provenance, String traceparent) {
        Traces.inSpan("publish " + binding, Span.Kind.PRODUCER, traceparent, span -> {
            MessageBuilder<byte[]> message = MessageBuilder.withPayload(serialize(contract))
                    .setHeader(KafkaHeaders.KEY, key.getBytes(StandardCharsets.UTF_8));
            Long sequence = sequences == null ? null : sequences.next(binding, key, eventId);
            headers(eventId, occurredAt, key, contract, provenance, sequence, span.traceparent())
                    .forEach(message::setHeader);
            if (!streamBridge.send(binding, message.build())) {
                throw new IllegalStateException("Kafka did not accept " + EventTypes.nameOf(contract.getClass())
                        + " " + eventId + " on " + binding);
            }
            return null;
        });
    }

    /** The record a relay published for {@code captured}, byte for byte the same, for {@code topic}. */
    public ProducerRecord<byte[], byte[]> record(String topic, RelayCapture.Captured captured) {
        List<Header> headers = new ArrayList<>();
        Long sequence = sequences == null ? null : sequences.of(captured.eventId());
        headers(captured.eventId(), captured.occurredAt(), captured.key(), captured.contract(), captured.provenance(),
                sequence, Traces.current().orElse(null))
                .forEach((name, value) -> headers.add(new RecordHeader(name, value)));
        return new ProducerRecord<>(topic, null, captured.key().getBytes(StandardCharsets.UTF_8),
                serialize(captured.contract()), headers);
    }

    /** The CloudEvents attributes of one record, as raw UTF-8 bytes, in a stable order. */
    private Map<String, byte[]> headers(UUID eventId, Instant occurredAt, String key, Object contract,
                                        Provenance provenance, Long sequence, String traceparent) {
        EventContract published = EventTypes.contractOf(contract.getClass());
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, bytes(eventId.toString()));
        headers.put(CloudEventHeaders.TYPE, bytes(published.type()));
        headers.put(CloudEventHeaders.DATA_SCHEMA, bytes(published.dataSchema()));
        headers.put(CloudEventHeaders.DATA_VERSION, bytes(published.version()));
        headers.put(CloudEventHeaders.SOURCE, bytes(source));
        headers.put(CloudEventHeaders.SPEC_VERSION, bytes("1.0"));
        headers.put(CloudEventHeaders.TIME, bytes(occurredAt.toString()));
        headers.put(CloudEventHeaders.SUBJECT, bytes(key));
        headers.put(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"));
        if (provenance != null) {
            putIfPresent(headers, CloudEventHeaders.ACTOR, provenance.actor());
            putIfPresent(headers, CloudEventHeaders.CORRELATION_ID, provenance.correlationId());
            putIfPresent(headers, CloudEventHeaders.CAUSATION_ID, provenance.causationId());
        }
        if (sequence != null) {
            headers.put(CloudEventHeaders.MEMBER_SEQUENCE, bytes(sequence.toString()));
        }
        putIfPresent(headers, CloudEventHeaders.TRACEPARENT, traceparent);
        return headers;
    }

    private static void putIfPresent(Map<String, byte[]> headers, String name, String value) {
        if (value != null) {
            headers.put(name, bytes(value));
        }
    }

    private byte[] serialize(Object event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + event.getClass().getName(), e);
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
