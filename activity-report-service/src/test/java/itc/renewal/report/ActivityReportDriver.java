package itc.renewal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platformtest.KafkaEvents;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Drives the running service as its neighbours do: renewal-service's contract records in through
 * Kafka (keyed by member id), the member over HTTP with a signed identity.
 */
class ActivityReportDriver {

    private static final String ANSWERS = """
            {"involvement":"SOMETIMES","practiceAreas":["IT_ADOPTION"],"satisfaction":%s,"comment":"個人的な感想です"}
            """;

    private final Environment environment;
    private final IdentitySigner signer;
    private final ObjectMapper json;
    private final TestRestTemplate http;

    ActivityReportDriver(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http) {
        this.environment = environment;
        this.signer = signer;
        this.json = json;
        this.http = http;
    }

    static RenewalApplied applied(UUID eventId, String member, int fiscalYear) {
        return new RenewalApplied(eventId, Instant.parse("2027-04-10T00:30:00Z"), member, fiscalYear + "-" + member,
                fiscalYear, new BigDecimal("22000"), "JPY", false, "2027.1");
    }

    /** The FY's window closed at 1 June 00:00 JST with the renewal incomplete (rule C3). */
    static RenewalLapsed lapsed(UUID eventId, String member, int fiscalYear) {
        return new RenewalLapsed(eventId, Instant.parse(fiscalYear + "-05-31T15:00:00Z"), member,
                fiscalYear + "-" + member, fiscalYear, LocalDate.of(fiscalYear, 5, 31), true, null, null);
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

    JsonNode report(String member, int fiscalYear) {
        return http.exchange(url("/api/activity-reports/" + fiscalYear), HttpMethod.GET,
                new HttpEntity<>(signedHeaders(member)), JsonNode.class).getBody();
    }

    /** Waits until {@code member} sees the report of {@code fiscalYear} in {@code status}. */
    void awaitStatus(String member, int fiscalYear, String status) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> report(member, fiscalYear).get("status").asText().equals(status));
    }

    /** Submits valid answers, but for {@code satisfaction}, which must be 1 to 5 to be valid. */
    ResponseEntity<JsonNode> submit(String member, int fiscalYear, int satisfaction) {
        return http.exchange(url("/api/activity-reports/" + fiscalYear), HttpMethod.POST,
                new HttpEntity<>(ANSWERS.formatted(satisfaction), signedHeaders(member)), JsonNode.class);
    }

    private HttpHeaders signedHeaders(String member) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member(member), Instant.now()).forEach(headers::add);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path;
    }
}
