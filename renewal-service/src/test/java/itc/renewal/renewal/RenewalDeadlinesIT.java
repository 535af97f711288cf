package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.RealInfrastructure;
import itc.renewal.renewal.eligibility.api.CountedPoints;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules C2, C3, Q6 and D2 through the running service: moving the business clock past a reminder
 * deadline and then past the window's end publishes RenewalReminderDue and RenewalLapsed, and the
 * holder sees the renewal and the qualification LAPSED.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-05-10T10:00:00+09:00",
        "platform.clock.adjustable=true"})
@RealInfrastructure
class RenewalDeadlinesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Not used by the other ITs of this JVM, which share the Kafka topic. */
    private static final String MEMBER = "M0000005";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentitySigner signer;
    @Autowired
    ObjectMapper json;
    @Autowired
    CountedPoints countedPoints;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    private final List<ConsumerRecord<String, byte[]>> published = new ArrayList<>();
    private KafkaConsumer<String, byte[]> renewalEvents;

    @AfterEach
    void closeConsumer() {
        if (renewalEvents != null) {
            renewalEvents.close();
        }
    }

    @Test
    void c2_c3_movingTheClockRemindsOfWhatIsMissingThenLapsesTheRenewal() {
        countedPoints.record(new CountedPointsReported(MEMBER, 2026, new BigDecimal("10"), Instant.now(), 1L));
        assertThat(apply().getStatusCode()).isEqualTo(HttpStatus.CREATED);

        moveClockTo("2027-05-20T10:00:00+09:00");
        JsonNode reminder = awaitPublished("renewal.RenewalReminderDue.v1");
        assertThat(reminder.get("renewalId").asText()).isEqualTo("2027-" + MEMBER);
        assertThat(reminder.get("missingSteps")).extracting(JsonNode::asText)
                .containsExactly("FEE_PAYMENT", "ACTIVITY_REPORT");
        assertThat(Instant.parse(reminder.get("windowClosesAt").asText()))
                .isEqualTo(Instant.parse("2027-05-31T15:00:00Z"));
        assertThat(get("/api/renewals/2027").get("status").asText()).isEqualTo("APPLIED");

        moveClockTo("2027-06-01T00:00:01+09:00");
        JsonNode lapsed = awaitPublished("renewal.RenewalLapsed.v1");
        assertThat(lapsed.get("renewalId").asText()).isEqualTo("2027-" + MEMBER);
        assertThat(lapsed.get("expiredOn").asText()).isEqualTo("2027-05-31");

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(get("/api/renewals/2027").get("status").asText()).isEqualTo("LAPSED");
            assertThat(get("/api/qualifications/me").get("status").asText()).isEqualTo("LAPSED");
        });
    }

    private void moveClockTo(String now) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> moved = http.exchange("/internal/clock", HttpMethod.PUT,
                new HttpEntity<>(Map.of("now", now), headers), JsonNode.class);
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<JsonNode> apply() {
        HttpHeaders headers = signed();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/renewals/2027", HttpMethod.POST,
                new HttpEntity<>(Map.of("termsVersion", "2027.1"), headers), JsonNode.class);
    }

    private JsonNode get(String path) {
        ResponseEntity<JsonNode> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(signed()),
                JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpHeaders signed() {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member(MEMBER), Instant.now()).forEach(headers::add);
        return headers;
    }

    private JsonNode awaitPublished(String type) {
        return await().atMost(PATIENCE).pollInSameThread().until(() -> {
            renewalEvents().poll(Duration.ofMillis(200)).forEach(published::add);
            return published.stream()
                    .filter(r -> MEMBER.equals(r.key()) && type.equals(header(r, "ce_type")))
                    .findFirst()
                    .map(r -> read(r.value()));
        }, Optional::isPresent).orElseThrow();
    }

    private JsonNode read(byte[] body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A consumer group of its own: it shares no partitions with the other ITs' contexts. */
    private KafkaConsumer<String, byte[]> renewalEvents() {
        if (renewalEvents == null) {
            renewalEvents = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                    ConsumerConfig.GROUP_ID_CONFIG, "renewal-deadlines-it-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000"),
                    new StringDeserializer(), new ByteArrayDeserializer());
            renewalEvents.subscribe(List.of(EventTypes.RENEWAL_TOPIC));
        }
        return renewalEvents;
    }
}
