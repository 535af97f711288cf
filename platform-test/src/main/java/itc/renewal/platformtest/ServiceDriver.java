package itc.renewal.platformtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    protected ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body, Identity identity) {
        return http.exchange(url(path), method, new HttpEntity<>(body, SignedRequests.jsonHeaders(signer, identity)),
                JsonNode.class);
    }

    /**
     * Reads {@code topic} from its beginning, as a new subscriber would, until a record satisfies {@code last};
     * answers the records seen up to it that satisfy {@code wanted}, {@code last} included.
     */
    public List<ConsumerRecord<String, byte[]>> recordsUpTo(String topic, Predicate<ConsumerRecord<String, byte[]>> wanted,
                                                            Predicate<ConsumerRecord<String, byte[]>> last) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers(),
                ConsumerConfig.GROUP_ID_CONFIG, "service-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(record)) {
                        seen.add(record);
                        if (last.test(record)) {
                            return true;
                        }
                    }
                }
                return false;
            });
        }
        return seen;
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
