package itc.renewal.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventContract;
import itc.renewal.contracts.EventTypes;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Publishes one integration event to Kafka through Spring Cloud Stream: JSON body, the member id as
 * key (per-member order), and CloudEvents binary-mode headers ({@code ce_id} = event id,
 * {@code ce_type} = logical type name, {@code ce_dataschema} = the schema's URN, {@code ce_dataversion} = the
 * minor version written). Header values are raw UTF-8 bytes so that any Kafka client,
 * including the CloudEvents SDK, reads them without Spring's type hints. Throws when the broker does
 * not acknowledge, so that the calling tracking processor retries: nothing is lost.
 */
public class IntegrationEventPublisher {

    private final StreamBridge streamBridge;
    private final ObjectMapper json;
    private final String source;

    public IntegrationEventPublisher(StreamBridge streamBridge, ObjectMapper json, String source) {
        this.streamBridge = streamBridge;
        this.json = json;
        this.source = source;
    }

    /**
     * Publishes {@code contract} (a record of {@code contracts}; its logical type name goes to {@code ce_type}).
     *
     * @param eventId    the Axon event's identifier ({@code @MessageIdentifier}), so a replay keeps the id
     * @param occurredAt business time of the fact
     * @param key        the member id: the Kafka key and {@code ce_subject}
     */
    public void publish(String binding, UUID eventId, Instant occurredAt, String key, Object contract) {
        EventContract published = EventTypes.contractOf(contract.getClass());
        String type = published.type();
        Message<byte[]> message = MessageBuilder.withPayload(serialize(contract))
                .setHeader(KafkaHeaders.KEY, key.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, bytes(eventId.toString()))
                .setHeader(CloudEventHeaders.TYPE, bytes(type))
                .setHeader(CloudEventHeaders.DATA_SCHEMA, bytes(published.dataSchema()))
                .setHeader(CloudEventHeaders.DATA_VERSION, bytes(published.version()))
                .setHeader(CloudEventHeaders.SOURCE, bytes(source))
                .setHeader(CloudEventHeaders.SPEC_VERSION, bytes("1.0"))
                .setHeader(CloudEventHeaders.TIME, bytes(occurredAt.toString()))
                .setHeader(CloudEventHeaders.SUBJECT, bytes(key))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, bytes("application/json"))
                .build();
        if (!streamBridge.send(binding, message)) {
            throw new IllegalStateException("Kafka did not accept " + type + " " + eventId + " on " + binding);
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
