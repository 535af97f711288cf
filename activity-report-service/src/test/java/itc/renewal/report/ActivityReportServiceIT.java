package itc.renewal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platformtest.ServiceIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static itc.renewal.platformtest.ServiceDriver.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service against a real PostgreSQL and a real Kafka broker, driven as renewal-service and a member would. */
@ServiceIT
@Import(ActivityReportDriver.class)
class ActivityReportServiceIT {

    @Autowired
    ActivityReportDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final String member = "M9" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    private final String renewalId = "2027-" + member;

    @Test
    void r1_r2_r3_reportOpensWhenRenewalAppliedAndIsSubmittedOnceWithoutAnswersOnKafka() throws Exception {
        assertThat(report().get("status").asText()).isEqualTo("NOT_OPEN");
        ResponseEntity<JsonNode> early = submit(4);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().get("code").asText()).isEqualTo("report.not-open");
        assertThat(early.getBody().get("detail").asText()).isEqualTo("実務活動報告書は、資格更新申込み後に回答できます。");

        UUID applied = UUID.randomUUID();
        driver.produce(ActivityReportDriver.applied(applied, member, 2027));
        driver.produce(ActivityReportDriver.applied(applied, member, 2027));
        driver.awaitStatus(member, 2027, "OPEN");

        ResponseEntity<JsonNode> invalid = submit(6);
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(invalid.getBody().get("detail").asText()).contains("満足度");

        ResponseEntity<JsonNode> accepted = submit(4);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(accepted.getBody().get("renewalId").asText()).isEqualTo(renewalId);
        assertThat(accepted.getBody().get("status").asText()).isEqualTo("SUBMITTED");

        ResponseEntity<JsonNode> again = submit(3);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("code").asText()).isEqualTo("report.already-submitted");
        await().atMost(Duration.ofSeconds(30)).until(() -> report().get("status").asText().equals("SUBMITTED"));

        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
                applied)).as("the redelivered RenewalApplied was processed once").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, renewalId)).as("opened + submitted").isEqualTo(2);

        ConsumerRecord<String, byte[]> published = reportSubmittedOf(member);
        JsonNode event = json.readTree(published.value());
        Set<String> fields = new HashSet<>();
        event.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("eventId", "occurredAt", "memberId", "renewalId", "fiscalYear",
                "questionnaireVersion");
        assertThat(new String(published.value(), StandardCharsets.UTF_8)).doesNotContain("個人的な感想", "IT_ADOPTION");
        assertThat(event.get("renewalId").asText()).isEqualTo(renewalId);
        assertThat(event.get("fiscalYear").asInt()).isEqualTo(2027);
        assertThat(event.get("questionnaireVersion").asText()).isEqualTo("2027.1");
        assertThat(header(published, "ce_type")).isEqualTo("report.ReportSubmitted.v1");
        assertThat(header(published, "ce_id")).isEqualTo(event.get("eventId").asText());
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where event_identifier = ?",
                Integer.class, event.get("eventId").asText())).as("eventId is the stored event's id").isEqualTo(1);
    }

    private JsonNode report() {
        return driver.report(member, 2027);
    }

    private ResponseEntity<JsonNode> submit(int satisfaction) {
        return driver.submit(member, 2027, satisfaction);
    }

    private ConsumerRecord<String, byte[]> reportSubmittedOf(String memberId) {
        driver.recordsUpTo(EventTypes.REPORT_TOPIC, record -> memberId.equals(record.key()), record -> true);
        List<ConsumerRecord<String, byte[]>> seen = driver.records(EventTypes.REPORT_TOPIC,
                record -> memberId.equals(record.key()));
        assertThat(seen).hasSize(1);
        return seen.get(0);
    }
}
