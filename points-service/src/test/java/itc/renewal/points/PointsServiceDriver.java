package itc.renewal.points;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Drives the running points-service as its neighbours do: members and operators over HTTP, events over Kafka.
 * A bean of the IT's context ({@code @Import(PointsServiceDriver.class)}).
 */
class PointsServiceDriver {

    static final Identity OPERATOR = new Identity("OP-1", Identity.Role.OPERATOR);

    private final HttpClient http = HttpClient.newHttpClient();
    private final Environment environment;
    private final IdentitySigner signer;
    private final ObjectMapper json;

    PointsServiceDriver(Environment environment, IdentitySigner signer, ObjectMapper json) {
        this.environment = environment;
        this.signer = signer;
        this.json = json;
    }

    /** The server's port is known only once the web server runs, after the beans were made. */
    private String url(String path) {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path;
    }

    private String brokers() {
        return environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers");
    }

    /** A signed JSON request; {@code body} may be null. */
    HttpResponse<String> send(Identity identity, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signer.headers(identity, Instant.now()).forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An operator import (POST /api/operator/points/imports) of a CSV file. */
    HttpResponse<String> importFile(Identity identity, String csv) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(url("/api/operator/points/imports")))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8)));
        signer.headers(identity, Instant.now()).forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String member, String body) throws IOException, InterruptedException {
        return send(Identity.member(member), "POST", "/api/points/entries", body);
    }

    HttpResponse<String> get(String member, String path) throws IOException, InterruptedException {
        return send(Identity.member(member), "GET", path, null);
    }

    JsonNode read(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    /** The first record on {@code topic} keyed by {@code member}, of logical type {@code type}, that mentions {@code text}. */
    ConsumerRecord<String, byte[]> awaitPublished(String topic, String member, String type, String text) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers(),
                ConsumerConfig.GROUP_ID_CONFIG, "points-service-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().filter(r -> member.equals(r.key()) && type.equals(header(r, "ce_type")))
                        .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(text))
                        .findFirst().orElse(null);
            }, record -> record != null);
        }
    }

    /** Publishes a contract as the other services' IntegrationEventPublisher does (CloudEvents binary mode). */
    void produce(String topic, String key, UUID eventId, String type, Object contract) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.writeValueAsBytes(contract));
            record.headers().add("ce_id", eventId.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_source", "/itc-renewal/renewal-service".getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static String entry(String activityDate, String category, String points) {
        return """
                {"activityDate":"%s","category":"%s","title":"ITC実践研究会での発表","points":%s}"""
                .formatted(activityDate, category, points);
    }
}
