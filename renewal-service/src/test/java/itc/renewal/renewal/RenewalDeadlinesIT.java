package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules C2, C3, Q6 and D2 through the running service: moving the business clock past a reminder
 * deadline and then past the window's end publishes RenewalReminderDue and RenewalLapsed, and the
 * holder sees the renewal and the qualification LAPSED.
 */
@ServiceIT(properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-05-10T10:00:00+09:00",
        "platform.clock.adjustable=true"})
@Import(MemberRequests.class)
class RenewalDeadlinesIT extends AgainstPointsService {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Not used by the other ITs of this JVM, which share the Kafka topic. */
    private static final String MEMBER = "M0000005";

    @Autowired
    MemberRequests member;
    @Autowired
    ObjectMapper json;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    private PublishedRenewalEvents published;

    @AfterEach
    void closeConsumer() {
        if (published != null) {
            published.close();
        }
    }

    @Test
    void c2_c3_movingTheClockRemindsOfWhatIsMissingThenLapsesTheRenewal() {
        POINTS_SERVICE.has(MEMBER, 2026, "10", 1);
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
        assertThat(lapsed.get("applied").asBoolean()).isTrue();
        assertThat(lapsed.has("holderName") || lapsed.has("email") || reminder.has("email"))
                .as("names and e-mail addresses travel on itc.holders only").isFalse();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(get("/api/renewals/2027").get("status").asText()).isEqualTo("LAPSED");
            assertThat(get("/api/qualifications/me").get("status").asText()).isEqualTo("LAPSED");
        });
    }

    private void moveClockTo(String now) {
        member.moveClockTo(now);
    }

    private ResponseEntity<JsonNode> apply() {
        return member.apply(MEMBER, "2027.1");
    }

    private JsonNode get(String path) {
        return member.get(MEMBER, path);
    }

    private JsonNode awaitPublished(String type) {
        if (published == null) {
            published = new PublishedRenewalEvents(brokers, json);
        }
        return published.await(type, MEMBER, PATIENCE);
    }
}
