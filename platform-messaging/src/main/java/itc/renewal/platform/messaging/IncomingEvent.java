package itc.renewal.platform.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.provenance.Provenance;
import org.springframework.messaging.Message;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * An integration event as it arrived from Kafka: its id (the idempotency key), logical type, JSON body and who
 * caused it in which journey (the {@code actor}, {@code correlationid} and {@code causationid} extensions; a record
 * without a journey starts one under its own id) and the trace it was published in ({@code traceparent}, the
 * CloudEvents distributed-tracing extension; null without). {@link #as} reads the body into a contract record,
 * ignoring fields added later (a consumer of v1 reads every v1.x).
 */
public record IncomingEvent(UUID eventId, String type, byte[] body, Provenance provenance, String traceparent) {

    public static IncomingEvent from(Message<byte[]> message) {
        String id = header(message, CloudEventHeaders.ID)
                .orElseThrow(() -> new IllegalArgumentException("event without " + CloudEventHeaders.ID));
        String type = header(message, CloudEventHeaders.TYPE)
                .orElseThrow(() -> new IllegalArgumentException("event without " + CloudEventHeaders.TYPE));
        Provenance provenance = new Provenance(
                header(message, CloudEventHeaders.ACTOR).filter(Provenance::isActor).orElse(null),
                header(message, CloudEventHeaders.CORRELATION_ID).filter(Provenance::isId).orElse(id),
                header(message, CloudEventHeaders.CAUSATION_ID).filter(Provenance::isId).orElse(null));
        return new IncomingEvent(UUID.fromString(id), type, message.getPayload(), provenance,
                header(message, CloudEventHeaders.TRACEPARENT).orElse(null));
    }

    public <T> T as(Class<T> contract, ObjectMapper json) {
        try {
            // A reader is cheap; copying the ObjectMapper for every consumed event is not.
            return json.readerFor(contract).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable " + type + " " + eventId, e);
        }
    }

    /**
     * Reads a CloudEvents attribute header. Spring Cloud Function renames Kafka's {@code ce_id} to
     * {@code ce-id} on the way in, so both spellings are accepted.
     */
    private static Optional<String> header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value == null) {
            value = message.getHeaders().get(name.replace('_', '-'));
        }
        if (value instanceof byte[] raw) {
            return Optional.of(new String(raw, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(value).map(Object::toString);
    }
}
