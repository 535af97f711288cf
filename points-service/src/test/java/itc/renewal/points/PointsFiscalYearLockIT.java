package itc.renewal.points;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static itc.renewal.points.PointsServiceDriver.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule P4 end to end on a real PostgreSQL and Kafka; business date 2027-04-10 (FY2027). Each IT class has a
 * context and database of its own but the broker is shared, and the other ITs' cached contexts stay subscribed: a
 * consumer group of its own makes sure that this context receives every RenewalApplied it sends.
 */
@ServiceIT(properties = {
        "platform.clock.start=2027-04-10T09:00:00+09:00",
        "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=points-service-fiscal-year-lock-it"})
@Import(PointsServiceDriver.class)
class PointsFiscalYearLockIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String LOCKED_MESSAGE =
            "2026年度のポイントは、2027年度の資格更新を申請済みのため登録・変更できません。誤りがある場合は協会にお問い合わせください。";
    private static final String LOCK_FOR_FY2027 = """
            {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":10}""";

    @Autowired
    PointsServiceDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void p4_renewalAppliedLocksThePreviousFiscalYearOnce() throws Exception {
        String member = "M0000025";
        String fy2026Entry = driver.entryId(driver.post(member, entry("2026-10-01", "SELF_STUDY", "2")));
        UUID eventId = UUID.randomUUID();
        renewalApplied(member, 2027, eventId);

        await().atMost(PATIENCE).until(() -> lockedIn(member, 2026));

        HttpResponse<String> refused = driver.correct(member, fy2026Entry, entry("2026-10-02", "SELF_STUDY", "2"));
        driver.assertProblem(refused, 409, "points.fiscal-year-locked");
        assertThat(driver.read(refused).get("detail").asText())
                .isEqualTo(LOCKED_MESSAGE);
        driver.assertProblem(driver.withdraw(member, fy2026Entry, null), 409, "points.fiscal-year-locked");
        driver.assertProblem(driver.post(member, entry("2027-03-31", "SELF_STUDY", "1")), 409,
                "points.fiscal-year-locked");
        String fy2027Entry = driver.entryId(driver.post(member, entry("2027-04-05", "SELF_STUDY", "1")));
        driver.assertProblem(driver.correct(member, fy2027Entry, entry("2027-03-31", "SELF_STUDY", "1")), 409,
                "points.fiscal-year-locked");
        // The association's late records of the locked year still arrive.
        assertThat(driver.importRow(member + ",2026-12-01,ASSOCIATION_TRAINING_CLASSROOM,4,,集合研修")).isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(driver.read(driver.get(member,
                "/api/points?fiscalYear=2026")).get("countedTotal").decimalValue()).isEqualByComparingTo("4"));
        assertThat(lockedIn(member, 2027)).isFalse();

        renewalApplied(member, 2027, eventId);
        renewalApplied(member, 2027, UUID.randomUUID());
        // Same key, same partition: once FY2027 is locked by this later event, the duplicates were handled before.
        renewalApplied(member, 2028, UUID.randomUUID());
        await().atMost(PATIENCE).until(() -> lockedIn(member, 2027));
        assertThat(lockEventsOf(member)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
                eventId)).isEqualTo(1);

        // every change of the ledger is published, the locks too: the member's sequence on the topic has no gap
        ConsumerRecord<String, byte[]> locked = driver.awaitPublished("itc.points.events", member,
                "points.PointsFiscalYearLocked.v1", "\"fiscalYear\":2027");
        assertThat(new String(locked.value(), StandardCharsets.UTF_8)).contains("\"renewalFiscalYear\":2028");
        ObjectMapper json = new ObjectMapper();
        List<Long> sequences = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : driver.records("itc.points.events", r -> member.equals(r.key()))) {
            sequences.add(json.readTree(record.value()).get("ledgerSequence").asLong());
        }
        // registered, locked (2026), registered (2027), imported, locked (2027): one record each, in ledger order
        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void p4_renewalServiceLocksTheYearBeforeRecordingTheApplicationAndKafkaOnlyBacksItUp() throws Exception {
        String member = "M0000026";
        String selfStudy = driver.entryId(driver.post(member, entry("2026-10-01", "SELF_STUDY", "8")));
        driver.entryId(driver.post(member, entry("2026-11-01", "CASE_PRESENTATION", "3")));

        HttpResponse<String> shortOfPoints = lockForRenewal(member);
        assertThat(shortOfPoints.statusCode()).as(shortOfPoints.body()).isEqualTo(200);
        assertThat(driver.read(shortOfPoints)).isEqualTo(driver.json("""
                {"memberId":"M0000026","fiscalYear":2026,"countedTotal":9.0,"ledgerSequence":1,"locked":false}"""));
        assertThat(lockEventsOf(member)).isZero();

        driver.entryId(driver.post(member, entry("2026-12-01", "CASE_PRESENTATION", "1")));
        JsonNode lockedForFy2027 = driver.json("""
                {"memberId":"M0000026","fiscalYear":2026,"countedTotal":10.0,"ledgerSequence":3,"locked":true}""");
        assertThat(driver.read(lockForRenewal(member))).isEqualTo(lockedForFy2027);
        assertThat(driver.read(lockForRenewal(member))).as("a retry after a timeout").isEqualTo(lockedForFy2027);

        HttpResponse<String> refused = driver.correct(member, selfStudy, """
                {"activityDate":"2026-10-01","category":"SELF_STUDY","title":"専門書の読書","points":8}""");
        driver.assertProblem(refused, 409, "points.fiscal-year-locked");
        assertThat(driver.read(refused).get("detail").asText()).isEqualTo(LOCKED_MESSAGE);
        driver.assertProblem(driver.withdraw(member, selfStudy, null), 409, "points.fiscal-year-locked");
        assertThat(driver.eventsOf(member)).isEqualTo(4);

        UUID eventId = UUID.randomUUID();
        renewalApplied(member, 2027, eventId);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where event_id = ?", Integer.class, eventId) == 1);
        assertThat(lockEventsOf(member)).isEqualTo(1);

        String withoutLedger = "M0000027";
        assertThat(driver.read(lockForRenewal(withoutLedger))).isEqualTo(driver.json("""
                {"memberId":"M0000027","fiscalYear":2026,"countedTotal":0.0,"ledgerSequence":null,"locked":false}"""));
        assertThat(driver.eventsOf(withoutLedger)).isZero();
    }

    private HttpResponse<String> lockForRenewal(String member) throws Exception {
        return driver.send(Identity.service("renewal-service"), "POST", "/internal/points/" + member + "/fiscal-year-locks",
                LOCK_FOR_FY2027);
    }

    private int lockEventsOf(String member) {
        return jdbc.queryForObject("""
                select count(*) from domain_event_entry where aggregate_identifier = ? and payload_type like ?""",
                Integer.class, member, "%PointsFiscalYearLockedEvent");
    }

    private boolean lockedIn(String member, int fiscalYear) throws Exception {
        return driver.read(driver.get(member, "/api/points?fiscalYear=" + fiscalYear)).get("locked").asBoolean();
    }

    private void renewalApplied(String member, int fiscalYear, UUID eventId) throws Exception {
        driver.produce("itc.renewal.events", member, eventId, new RenewalApplied(eventId,
                Instant.now(), member, fiscalYear + "-" + member, fiscalYear, new BigDecimal("22000"), "JPY", false,
                fiscalYear + ".1", null, null, null));
    }
}
