package itc.renewal.platformtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.embedded.stack.TopicRecords;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * Drives a running service (a {@link ServiceIT}) as its neighbours do: contract events in through Kafka, keyed by
 * member id, as their relays publish them, and members and operators over HTTP with a signed identity. A service's
 * driver extends it with the journeys of its tests.
 */
public abstract class ServiceDriver {

    /** How long a driver waits for the service to show an effect of something it did. */
    public static final Duration PATIENCE = Duration.ofSeconds(60);

    protected final Environment environment;
    protected final IdentitySigner signer;
    protected final ObjectMapper json;
    protected final TestRestTemplate http;

    protected ServiceDriver(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http) {
        this.environment = environment;
        this.signer = signer;
        this.json = json;
        this.http = http;
    }

    public String brokers() {
        return environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers");
    }

    /** Publishes a contract record on {@code topic}, with its logical type, and waits for the broker's ack. */
    protected void publish(String topic, String key, UUID eventId, Object event) throws Exception {
        KafkaEvents.publish(brokers(), topic, key, eventId, EventTypes.nameOf(event.getClass()),
                json.writeValueAsBytes(event));
    }

    /** {@code method} on {@code path} as {@code identity}, with a JSON body unless {@code body} is null. */
    public ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body, Identity identity) {
        return http.exchange(url(path), method, new HttpEntity<>(body, SignedRequests.jsonHeaders(signer, identity,
                method, path)), JsonNode.class);
    }

    /**
     * Reads {@code topic} from its beginning, again until a record satisfies {@code last}; answers the records up to
     * it (in partition order, so a member's records in the order published) that satisfy {@code wanted}, {@code last}
     * included.
     */
    public List<ConsumerRecord<String, byte[]>> recordsUpTo(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted,
                                                            Predicate<ConsumerRecord<String, byte[]>> last) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> upTo(records(topic, wanted), last), Optional::isPresent).orElseThrow();
    }

    /** The records {@code topic} holds now that satisfy {@code wanted} ({@link TopicRecords}). */
    public List<ConsumerRecord<String, byte[]>> records(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted) {
        return TopicRecords.readAll(brokers(), topic, Duration.ofSeconds(10)).stream().filter(wanted).toList();
    }

    private static Optional<List<ConsumerRecord<String, byte[]>>> upTo(List<ConsumerRecord<String, byte[]>> records,
                                                                       Predicate<ConsumerRecord<String, byte[]>> last) {
        for (int i = 0; i < records.size(); i++) {
            if (last.test(records.get(i))) {
                return Optional.of(records.subList(0, i + 1));
            }
        }
        return Optional.empty();
    }

    /** A JSON document, e.g. a record's value or an expected answer. */
    public JsonNode json(byte[] document) {
        try {
            return json.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode json(String document) {
        return json(document.getBytes(StandardCharsets.UTF_8));
    }

    /** A CloudEvents attribute (or any header) of a record, as text; null when absent. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path;
    }
}
