package itc.renewal.report;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static itc.renewal.report.ActivityReportDriver.applied;
import static itc.renewal.report.ActivityReportDriver.lapsed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules Q5, C3 across Kafka, the event store and HTTP: once renewal-service says the renewal lapsed,
 * its report can no longer be submitted. Its own consumer group, so that ActivityReportServiceIT's
 * cached context (still consuming) takes none of this class's events.
 */
@ServiceIT(properties = "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=activity-report-lapse-it")
@Import(ActivityReportDriver.class)
class RenewalLapseIT {

    private static final String WINDOW_CLOSED = "2027年度の更新申請期間が終了したため、実務活動報告は提出できません。";

    @Autowired
    private ActivityReportDriver driver;
    @Autowired
    private JdbcTemplate jdbc;

    private final String member = "M8" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    private final String renewalId = "2027-" + member;

    @Test
    void q5_reportClosedByTheLapseRefusesSubmissionAndShowsClosed() throws Exception {
        driver.produce(applied(UUID.randomUUID(), member, 2027));
        driver.awaitStatus(member, 2027, "OPEN");
        RenewalLapsed lapse = lapsed(UUID.randomUUID(), member, 2027);
        driver.produce(lapse);
        driver.produce(lapse);
        driver.produce(lapsed(UUID.randomUUID(), member, 2027));
        handledSoFar();

        assertThat(driver.report(member, 2027).get("status").asText()).isEqualTo("CLOSED");
        assertSubmissionRefusedAsWindowClosed();
        assertThat(driver.report(member, 2027).get("status").asText()).isEqualTo("CLOSED");
        assertThat(eventsOfRenewal()).as("opened, closed once").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
                lapse.eventId())).as("the redelivered lapse was processed once").isEqualTo(1);
    }

    @Test
    void q5_renewalAppliedDeliveredAfterTheLapseOpensNothing() throws Exception {
        driver.produce(lapsed(UUID.randomUUID(), member, 2027));
        driver.produce(applied(UUID.randomUUID(), member, 2027));
        handledSoFar();

        assertThat(driver.report(member, 2027).get("status").asText()).isEqualTo("CLOSED");
        assertSubmissionRefusedAsWindowClosed();
        assertThat(eventsOfRenewal()).as("the lapse only").isEqualTo(1);
    }

    @Test
    void c3_lapseLeavesASubmittedReportSubmitted() throws Exception {
        driver.produce(applied(UUID.randomUUID(), member, 2027));
        driver.awaitStatus(member, 2027, "OPEN");
        assertThat(driver.submit(member, 2027, 4).getStatusCode().value()).isEqualTo(201);

        driver.produce(lapsed(UUID.randomUUID(), member, 2027));
        handledSoFar();

        driver.awaitStatus(member, 2027, "SUBMITTED");
        assertThat(eventsOfRenewal()).as("opened, submitted").isEqualTo(2);
    }

    /**
     * Same key, so same partition: once the member's FY2028 report opens, every event produced before
     * was handled, and its projection written (one tracking processor, in event-store order).
     */
    private void handledSoFar() throws Exception {
        driver.produce(applied(UUID.randomUUID(), member, 2028));
        driver.awaitStatus(member, 2028, "OPEN");
    }

    private void assertSubmissionRefusedAsWindowClosed() {
        ResponseEntity<JsonNode> refused = driver.submit(member, 2027, 4);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("report.window-closed");
        assertThat(refused.getBody().get("detail").asText()).isEqualTo(WINDOW_CLOSED);
    }

    private int eventsOfRenewal() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, renewalId);
    }
}
