package itc.renewal.points;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static itc.renewal.points.PointsServiceDriver.OPERATOR;
import static itc.renewal.points.PointsServiceDriver.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rules P3 and P4 end to end on a real PostgreSQL and Kafka; business date 2027-04-10 (FY2027). Each IT class
 * has a context and database of its own but the broker is shared, and the other ITs' cached contexts stay
 * subscribed: a consumer group of its own makes sure that this context receives every RenewalApplied it sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "platform.clock.start=2027-04-10T09:00:00+09:00",
        "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=points-service-entry-edits-it"})
@RealInfrastructure
@Import(PointsServiceDriver.class)
class PointsEntryEditsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String LOCKED_MESSAGE =
            "2026年度のポイントは、2027年度の資格更新を申請済みのため登録・変更できません。誤りがある場合は協会にお問い合わせください。";
    private static final String LOCK_FOR_FY2027 = """
            {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":10}""";

    @Autowired
    ObjectMapper json;
    @Autowired
    PointsServiceDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void p3_memberCorrectsAndWithdrawsOwnEntriesAndTheHistoryIsKept() throws Exception {
        String member = "M0000021";
        String first = entryId(driver.post(member, entry("2026-10-01", "SELF_STUDY", "5")));
        String second = entryId(driver.post(member, entry("2026-11-01", "SELF_STUDY", "3")));

        HttpResponse<String> corrected = correct(member, first, """
                {"activityDate":"2026-09-01","category":"SELF_STUDY","title":"専門書の読書","points":2,"reason":"ポイントの誤り"}""");
        HttpResponse<String> again = correct(member, first, """
                {"activityDate":"2026-09-01","category":"SELF_STUDY","title":"専門書の読書","points":2.0}""");
        HttpResponse<String> withdrawn = withdraw(member, second, "{\"reason\":\"重複して登録したため\"}");
        HttpResponse<String> retried = withdraw(member, second, "{\"reason\":\"重複して登録したため\"}");
        HttpResponse<String> twice = withdraw(member, second, null);

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(driver.read(corrected).get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("5");
        assertThat(driver.read(again).get("corrected").asBoolean()).isFalse();
        assertThat(driver.read(withdrawn).get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("2");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(driver.read(retried)).as("a retry after a timeout").isEqualTo(driver.read(withdrawn));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(driver.read(twice).get("code").asText()).isEqualTo("points.entry-withdrawn");
        assertThat(eventsOf(member)).isEqualTo(4);
        JsonNode ledgerTotal = driver.read(driver.send(Identity.member(member), "GET",
                "/internal/points/" + member + "/counted-total?fiscalYear=2026", null));
        assertThat(ledgerTotal.get("countedTotal").decimalValue()).isEqualByComparingTo("2");
        assertThat(ledgerTotal.get("ledgerSequence").asLong()).isEqualTo(3L);

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode view = driver.read(driver.get(member, "/api/points?fiscalYear=2026"));
            assertThat(view.get("entries")).hasSize(1);
            assertThat(view.get("entries").get(0).get("title").asText()).isEqualTo("専門書の読書");
            assertThat(view.get("countedTotal").decimalValue()).isEqualByComparingTo("2");
            assertThat(view.get("locked").asBoolean()).isFalse();
            JsonNode history = driver.read(driver.get(member, "/api/points/entries/" + second + "/history"));
            assertThat(history.get("versions").findValues("action")).extracting(JsonNode::asText)
                    .containsExactly("REGISTERED", "WITHDRAWN");
            assertThat(history.get("versions").get(1).get("points").decimalValue()).isEqualByComparingTo("3");
            assertThat(history.get("versions").get(1).get("reason").asText()).isEqualTo("重複して登録したため");
        });
        JsonNode history = driver.read(driver.get(member, "/api/points/entries/" + first + "/history"));
        assertThat(history.get("versions").findValues("version")).extracting(JsonNode::asInt).containsExactly(1, 2);
        JsonNode correction = history.get("versions").get(1);
        assertThat(correction.get("action").asText()).isEqualTo("CORRECTED");
        assertThat(correction.get("activityDate").asText()).isEqualTo("2026-09-01");
        assertThat(correction.get("reason").asText()).isEqualTo("ポイントの誤り");
        assertThat(correction.get("recordedAt").asText()).startsWith("2027-04-10T09:").endsWith("+09:00");

        JsonNode correctedOnKafka = json.readTree(driver.awaitPublished("itc.points.events", member,
                "points.PointsEntryCorrected.v1", first).value());
        assertThat(correctedOnKafka.get("ledgerSequence").asLong()).isEqualTo(2L);
        assertThat(correctedOnKafka.get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("5");
        ConsumerRecord<String, byte[]> withdrawnOnKafka = driver.awaitPublished("itc.points.events", member,
                "points.PointsEntryWithdrawn.v1", second);
        assertThat(json.readTree(withdrawnOnKafka.value()).get("ledgerSequence").asLong()).isEqualTo(3L);
        assertThat(json.readTree(withdrawnOnKafka.value()).get("eventId").asText())
                .isEqualTo(PointsServiceDriver.header(withdrawnOnKafka, "ce_id"));
    }

    @Test
    void p3_correctionMovesAnEntryToAnotherFiscalYear() throws Exception {
        String member = "M0000022";
        String entryId = entryId(driver.post(member, entry("2026-10-01", "CASE_PRESENTATION", "4")));

        JsonNode moved = driver.read(correct(member, entryId, """
                {"activityDate":"2025-10-01","category":"CASE_PRESENTATION","title":"事例発表会","points":4}"""));

        assertThat(moved.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(moved.get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("4");
        assertThat(moved.get("previousFiscalYear").asInt()).isEqualTo(2026);
        assertThat(moved.get("previousFiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("0");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode fy2025 = driver.read(driver.get(member, "/api/points?fiscalYear=2025"));
            assertThat(fy2025.get("entries")).hasSize(1);
            assertThat(fy2025.get("countedTotal").decimalValue()).isEqualByComparingTo("4");
            JsonNode fy2026 = driver.read(driver.get(member, "/api/points?fiscalYear=2026"));
            assertThat(fy2026.get("entries")).isEmpty();
            assertThat(fy2026.get("countedTotal").decimalValue()).isEqualByComparingTo("0");
        });
    }

    @Test
    void p3_refusesOtherMembersEntriesAssociationEntriesUnknownEntriesAndLongReasons() throws Exception {
        String owner = "M0000023";
        String other = "M0000024";
        String entryId = entryId(driver.post(owner, entry("2026-10-01", "SELF_STUDY", "1")));
        await().atMost(PATIENCE).until(() ->
                driver.get(owner, "/api/points/entries/" + entryId + "/history").statusCode() == 200);
        assertThat(importRow(other + ",2026-10-01,SELF_STUDY,,2,協会による登録")).isEqualTo(200);
        String associationEntry = await().atMost(PATIENCE).until(() -> driver.read(driver.get(other,
                "/api/points?fiscalYear=2026")).get("entries"), entries -> entries.size() == 1).get(0)
                .get("entryId").asText();

        assertProblem(correct(other, entryId, entry("2026-10-01", "SELF_STUDY", "2")), 403,
                "points.entry-of-another-member");
        assertProblem(withdraw(other, entryId, null), 403, "points.entry-of-another-member");
        assertProblem(driver.get(other, "/api/points/entries/" + entryId + "/history"), 403,
                "points.entry-of-another-member");
        assertProblem(correct(other, "no-such-entry", entry("2026-10-01", "SELF_STUDY", "2")), 404,
                "points.entry-not-found");
        assertProblem(withdraw(other, associationEntry, null), 403, "points.entry-registered-by-association");
        assertProblem(withdraw(owner, entryId, "{\"reason\":\"" + "理".repeat(501) + "\"}"), 400,
                "points.reason-too-long");
        assertThat(eventsOf(owner)).isEqualTo(1);
        assertThat(eventsOf(other)).isEqualTo(1);
    }

    @Test
    void p4_renewalAppliedLocksThePreviousFiscalYearOnce() throws Exception {
        String member = "M0000025";
        String fy2026Entry = entryId(driver.post(member, entry("2026-10-01", "SELF_STUDY", "2")));
        UUID eventId = UUID.randomUUID();
        renewalApplied(member, 2027, eventId);

        await().atMost(PATIENCE).until(() -> lockedIn(member, 2026));

        HttpResponse<String> refused = correct(member, fy2026Entry, entry("2026-10-02", "SELF_STUDY", "2"));
        assertProblem(refused, 409, "points.fiscal-year-locked");
        assertThat(driver.read(refused).get("detail").asText())
                .isEqualTo(LOCKED_MESSAGE);
        assertProblem(withdraw(member, fy2026Entry, null), 409, "points.fiscal-year-locked");
        assertProblem(driver.post(member, entry("2027-03-31", "SELF_STUDY", "1")), 409, "points.fiscal-year-locked");
        String fy2027Entry = entryId(driver.post(member, entry("2027-04-05", "SELF_STUDY", "1")));
        assertProblem(correct(member, fy2027Entry, entry("2027-03-31", "SELF_STUDY", "1")), 409,
                "points.fiscal-year-locked");
        // The association's late records of the locked year still arrive.
        assertThat(importRow(member + ",2026-12-01,ASSOCIATION_TRAINING_CLASSROOM,4,,集合研修")).isEqualTo(200);
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
    }

    @Test
    void p4_renewalServiceLocksTheYearBeforeRecordingTheApplicationAndKafkaOnlyBacksItUp() throws Exception {
        String member = "M0000026";
        String selfStudy = entryId(driver.post(member, entry("2026-10-01", "SELF_STUDY", "8")));
        entryId(driver.post(member, entry("2026-11-01", "CASE_PRESENTATION", "3")));

        HttpResponse<String> shortOfPoints = lockForRenewal(member);
        assertThat(shortOfPoints.statusCode()).as(shortOfPoints.body()).isEqualTo(200);
        assertThat(driver.read(shortOfPoints)).isEqualTo(json.readTree("""
                {"memberId":"M0000026","fiscalYear":2026,"countedTotal":9.0,"ledgerSequence":1,"locked":false}"""));
        assertThat(lockEventsOf(member)).isZero();

        entryId(driver.post(member, entry("2026-12-01", "CASE_PRESENTATION", "1")));
        JsonNode lockedForFy2027 = json.readTree("""
                {"memberId":"M0000026","fiscalYear":2026,"countedTotal":10.0,"ledgerSequence":3,"locked":true}""");
        assertThat(driver.read(lockForRenewal(member))).isEqualTo(lockedForFy2027);
        assertThat(driver.read(lockForRenewal(member))).as("a retry after a timeout").isEqualTo(lockedForFy2027);

        HttpResponse<String> refused = correct(member, selfStudy, """
                {"activityDate":"2026-10-01","category":"SELF_STUDY","title":"専門書の読書","points":8}""");
        assertProblem(refused, 409, "points.fiscal-year-locked");
        assertThat(driver.read(refused).get("detail").asText()).isEqualTo(LOCKED_MESSAGE);
        assertProblem(withdraw(member, selfStudy, null), 409, "points.fiscal-year-locked");
        assertThat(eventsOf(member)).isEqualTo(4);

        UUID eventId = UUID.randomUUID();
        renewalApplied(member, 2027, eventId);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where event_id = ?", Integer.class, eventId) == 1);
        assertThat(lockEventsOf(member)).isEqualTo(1);

        String withoutLedger = "M0000027";
        assertThat(driver.read(lockForRenewal(withoutLedger))).isEqualTo(json.readTree("""
                {"memberId":"M0000027","fiscalYear":2026,"countedTotal":0.0,"ledgerSequence":null,"locked":false}"""));
        assertThat(eventsOf(withoutLedger)).isZero();
    }

    private HttpResponse<String> lockForRenewal(String member) throws Exception {
        return driver.send(Identity.member(member), "POST", "/internal/points/" + member + "/fiscal-year-locks",
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
        driver.produce("itc.renewal.events", member, eventId, "renewal.RenewalApplied.v1", new RenewalApplied(eventId,
                Instant.now(), member, fiscalYear + "-" + member, fiscalYear, new BigDecimal("22000"), "JPY", false,
                fiscalYear + ".1"));
    }

    private int importRow(String row) throws Exception {
        return driver.importFile(OPERATOR, "member_id,activity_date,category,hours,points,title\n" + row + "\n")
                .statusCode();
    }

    private HttpResponse<String> correct(String member, String entryId, String body) throws Exception {
        return driver.send(Identity.member(member), "PUT", "/api/points/entries/" + entryId, body);
    }

    private HttpResponse<String> withdraw(String member, String entryId, String body) throws Exception {
        return driver.send(Identity.member(member), "POST", "/api/points/entries/" + entryId + "/withdrawal", body);
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(driver.read(response).get("code").asText()).isEqualTo(code);
    }

    private String entryId(HttpResponse<String> registered) throws Exception {
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return driver.read(registered).get("entryId").asText();
    }

    private int eventsOf(String member) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, member);
    }
}
