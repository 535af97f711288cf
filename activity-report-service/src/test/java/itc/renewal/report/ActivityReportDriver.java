package itc.renewal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.RenewalEventSamples;
import itc.renewal.platformtest.ServiceDriver;
import itc.renewal.platformtest.SignedRequests;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Drives the running service as its neighbours do: renewal-service's contract records in through
 * Kafka (keyed by member id), the member over HTTP with a signed identity.
 */
class ActivityReportDriver extends ServiceDriver {

    private static final String ANSWERS = """
            {"involvement":["STUDY_GROUP"],"practiceAreas":["IT_ADOPTION"],"satisfaction":%s,"comment":"個人的な感想です"}
            """;

    ActivityReportDriver(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http) {
        super(environment, signer, json, http);
    }

    static RenewalApplied applied(UUID eventId, String member, int fiscalYear) {
        return RenewalEventSamples.applied(eventId, Instant.parse("2027-04-10T00:30:00Z"), member, fiscalYear, "22000",
                false);
    }

    static RenewalLapsed lapsed(UUID eventId, String member, int fiscalYear) {
        return RenewalEventSamples.lapsed(eventId, member, fiscalYear);
    }

    void produce(RenewalApplied event) throws Exception {
        publish(EventTypes.RENEWAL_TOPIC, event.memberId(), event.eventId(), event);
    }

    void produce(RenewalLapsed event) throws Exception {
        publish(EventTypes.RENEWAL_TOPIC, event.memberId(), event.eventId(), event);
    }

    JsonNode report(String member, int fiscalYear) {
        return exchange(HttpMethod.GET, "/api/activity-reports/" + fiscalYear, null, Identity.member(member)).getBody();
    }

    /** Waits until {@code member} sees the report of {@code fiscalYear} in {@code status}. */
    void awaitStatus(String member, int fiscalYear, String status) {
        await().atMost(PATIENCE)
                .until(() -> report(member, fiscalYear).get("status").asText().equals(status));
    }

    /** Submits valid answers, but for {@code satisfaction}, which must be 1 to 5 to be valid. */
    ResponseEntity<JsonNode> submit(String member, int fiscalYear, int satisfaction) {
        return exchange(HttpMethod.POST, "/api/activity-reports/" + fiscalYear, ANSWERS.formatted(satisfaction),
                Identity.member(member));
    }

    static final Identity OPERATOR = new Identity("OP-1", Identity.Role.OPERATOR);

    /** Saves {@code body} (answers as JSON) as the draft of {@code member}'s report. */
    ResponseEntity<JsonNode> saveDraft(String member, int fiscalYear, String body) {
        return exchange(HttpMethod.PUT, "/api/activity-reports/" + fiscalYear + "/draft", body,
                Identity.member(member));
    }

    ResponseEntity<JsonNode> submitAnswers(String member, int fiscalYear, String body) {
        return exchange(HttpMethod.POST, "/api/activity-reports/" + fiscalYear, body, Identity.member(member));
    }

    ResponseEntity<JsonNode> asOperator(HttpMethod method, String path, Object body) {
        return exchange(method, path, body, OPERATOR);
    }

    /** Opens the FY report of {@code member} as renewal-service's RenewalApplied would, and waits for it. */
    void open(String member, int fiscalYear) throws Exception {
        produce(applied(UUID.randomUUID(), member, fiscalYear));
        awaitStatus(member, fiscalYear, "OPEN");
    }

    /** The operator's CSV export of the fiscal year's summary. */
    ResponseEntity<String> summaryCsv(int fiscalYear) {
        HttpHeaders headers = SignedRequests.headers(signer, OPERATOR, HttpMethod.GET,
                "/api/operator/activity-reports/" + fiscalYear + "/summary");
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        return http.exchange(url("/api/operator/activity-reports/" + fiscalYear + "/summary"), HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
    }
}
