package itc.renewal.report;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platformtest.ServiceIT;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule R4 against a real PostgreSQL and Kafka: drafts and answers are sealed with the member's key in the event
 * store and in the projection; erasing the key makes them unreadable everywhere, and the store still replays and
 * the projection still rebuilds, the answers then reading as erased.
 */
@ServiceIT(properties = "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=report-crypto-shredding-it")
@Import(ActivityReportDriver.class)
class CryptoShreddingIT {

    private static final String SECRET = "誰にも読まれたくない個人的な感想";

    @Autowired
    private ActivityReportDriver driver;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void r1_r4_aDraftIsResumedSubmittedAndNeverStoredInClear() throws Exception {
        String member = "M0000201";
        driver.open(member, 2027);

        ResponseEntity<JsonNode> draft = driver.saveDraft(member, 2027,
                "{\"answers\":{\"involvement\":[\"TRAINING\"],\"comment\":\"" + SECRET + "\"}}");
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draft.getBody().get("draftSavedAt").isNull()).isFalse();
        JsonNode resumed = await().atMost(ActivityReportDriver.PATIENCE).until(() -> driver.report(member, 2027),
                report -> report.path("answers").has("comment"));
        assertThat(resumed.at("/answers/comment/0").asText()).isEqualTo(SECRET);
        assertThat(resumed.at("/answers/involvement/0").asText()).isEqualTo("TRAINING");

        ResponseEntity<JsonNode> incomplete = driver.submitAnswers(member, 2027,
                "{\"involvement\":[\"TRAINING\"],\"comment\":\"" + SECRET + "\"}");
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(incomplete.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("practiceAreas", "satisfaction");

        ResponseEntity<JsonNode> submitted = driver.submitAnswers(member, 2027, "{\"involvement\":[\"TRAINING\"],"
                + "\"practiceAreas\":[\"DX_SUPPORT\"],\"satisfaction\":5,\"comment\":\"" + SECRET + "\"}");
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        driver.awaitStatus(member, 2027, "SUBMITTED");
        assertThat(driver.report(member, 2027).at("/answers/satisfaction/0").asText()).isEqualTo("5");

        assertThat(storedInClear(member)).as("event store and projection hold no answer in clear").isFalse();
    }

    @Test
    void r4_erasingTheMembersKeyErasesTheAnswersEverywhereWhileTheStoreReplaysAndTheProjectionRebuilds()
            throws Exception {
        String member = "M0000202";
        driver.open(member, 2027);
        assertThat(driver.submitAnswers(member, 2027, "{\"involvement\":[\"NONE\"],\"practiceAreas\":[\"OTHER\"],"
                + "\"satisfaction\":2,\"comment\":\"" + SECRET + "\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        await().atMost(ActivityReportDriver.PATIENCE).until(() -> driver.report(member, 2027),
                report -> report.path("answers").has("comment"));

        ResponseEntity<JsonNode> erased = driver.asOperator(HttpMethod.DELETE,
                "/api/operator/activity-reports/members/" + member + "/answers", null);
        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(erased.getBody().get("keysErased").asInt()).isEqualTo(1);
        JsonNode afterErasure = driver.report(member, 2027);
        assertThat(afterErasure.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(afterErasure.get("answers").isNull()).isTrue();
        assertThat(afterErasure.get("answersErased").asBoolean()).isTrue();

        rebuild("activity-reports");

        JsonNode rebuilt = await().atMost(ActivityReportDriver.PATIENCE).until(() -> driver.report(member, 2027),
                report -> report.get("status").asText().equals("SUBMITTED"));
        assertThat(rebuilt.get("answersErased").asBoolean()).isTrue();
        assertThat(rebuilt.get("submittedAt").isNull()).isFalse();
        assertThat(storedInClear(member)).isFalse();
        assertThat(driver.asOperator(HttpMethod.GET, "/api/operator/activity-reports/2027/summary", null).getBody()
                .get("erased").asInt()).isGreaterThanOrEqualTo(1);
    }

    private void rebuild(String processorName) {
        TrackingEventProcessor processor = processing.eventProcessor(processorName, TrackingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** Whether the member's answers appear in clear in the event store's payloads or the projection. */
    private boolean storedInClear(String member) {
        List<byte[]> payloads = jdbc.query("select payload from domain_event_entry where aggregate_identifier = ?",
                (row, n) -> row.getBytes(1), "2027-" + member);
        boolean inStore = payloads.stream().map(p -> new String(p, StandardCharsets.UTF_8))
                .anyMatch(text -> text.contains(SECRET) || text.contains("DX_SUPPORT") || text.contains("OTHER"));
        String projected = jdbc.queryForObject("select coalesce(answers_sealed::text, '') from activity_report "
                + "where member_id = ?", String.class, member);
        return inStore || projected.contains(SECRET) || projected.contains("satisfaction");
    }
}
