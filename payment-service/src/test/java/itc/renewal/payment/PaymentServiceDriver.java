package itc.renewal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platformtest.KafkaEvents;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the running payment-service as its neighbours do: renewal events in through Kafka, members
 * over HTTP, FeePaid read back from Kafka.
 */
class PaymentServiceDriver {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Environment environment;
    private final IdentitySigner signer;
    private final ObjectMapper json;
    private final TestRestTemplate http;

    PaymentServiceDriver(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http) {
        this.environment = environment;
        this.signer = signer;
        this.json = json;
        this.http = http;
    }

    static RenewalApplied applied(String member, String renewalId, int fiscalYear, String fee, boolean waived) {
        return new RenewalApplied(UUID.randomUUID(), Instant.now(), member, renewalId, fiscalYear,
                new BigDecimal(fee), "JPY", waived, "2027.1");
    }

    /** The FY's window closed at 2027-06-01 00:00 JST with the renewal incomplete (rule C3). */
    static RenewalLapsed lapsed(String member, String renewalId, int fiscalYear) {
        return new RenewalLapsed(UUID.randomUUID(), Instant.parse("2027-05-31T15:00:00Z"), member, renewalId,
                fiscalYear, LocalDate.of(fiscalYear, 5, 31), true, null, null);
    }

    String brokers() {
        return environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers");
    }

    void produce(RenewalApplied event) throws Exception {
        produce(event.eventId(), event.memberId(), event);
    }

    void produce(RenewalLapsed event) throws Exception {
        produce(event.eventId(), event.memberId(), event);
    }

    private void produce(UUID eventId, String memberId, Object event) throws Exception {
        KafkaEvents.publish(brokers(), "itc.renewal.events", memberId, eventId, EventTypes.nameOf(event.getClass()),
                json.writeValueAsBytes(event));
    }

    /**
     * Every FeePaid on {@code itc.payment.events} up to the first one of {@code renewalId}, which is
     * last. Keyed by member id, so the FeePaid of the member's earlier orders come before it.
     */
    List<ConsumerRecord<String, byte[]>> feePaidUpTo(String renewalId) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers(),
                ConsumerConfig.GROUP_ID_CONFIG, "payment-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("itc.payment.events"));
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if ("payment.FeePaid.v1".equals(header(record, "ce_type"))) {
                        seen.add(record);
                        if (json.readTree(record.value()).get("renewalId").asText().equals(renewalId)) {
                            return true;
                        }
                    }
                }
                return false;
            });
        }
        return seen;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Opens a 22,000 JPY order for {@code member}'s renewal and waits until the member sees it. */
    void openOrder(String member, String renewalId, int fiscalYear) throws Exception {
        produce(applied(member, renewalId, fiscalYear, "22000", false));
        awaitOrder(member, renewalId, "AWAITING_PAYMENT");
    }

    JsonNode awaitOrder(String member, String renewalId, String status) {
        return await().atMost(PATIENCE).until(() -> find(orders(member), renewalId)
                .filter(o -> o.get("status").asText().equals(status)), Optional::isPresent).orElseThrow();
    }

    private static Optional<JsonNode> find(List<JsonNode> orders, String renewalId) {
        return orders.stream().filter(o -> o.get("renewalId").asText().equals(renewalId)).findFirst();
    }

    List<JsonNode> orders(String member) {
        ResponseEntity<JsonNode> response = http.exchange(url("/api/payments/orders"), HttpMethod.GET,
                new HttpEntity<>(headers(member)), JsonNode.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return json.convertValue(response.getBody(), json.getTypeFactory().constructCollectionType(List.class,
                JsonNode.class));
    }

    ResponseEntity<JsonNode> pay(String member, String renewalId, String card, String key) {
        return http.exchange(url("/api/payments/orders/" + renewalId + "/card"), HttpMethod.POST,
                new HttpEntity<>(Map.of("cardNumber", card, "idempotencyKey", key), headers(member)), JsonNode.class);
    }

    private HttpHeaders headers(String member) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        signer.headers(Identity.member(member), Instant.now()).forEach(headers::add);
        return headers;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path;
    }
}
