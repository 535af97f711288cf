package itc.renewal.points;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import java.net.http.HttpResponse;
import java.time.Duration;

import static itc.renewal.points.PointsServiceDriver.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule P3 end to end on a real PostgreSQL and Kafka; business date 2027-04-10 (FY2027). Each IT class has a
 * context and database of its own but the broker is shared, and the other ITs' cached contexts stay subscribed: a
 * consumer group of its own keeps this context from taking RenewalApplied events the others send.
 */
@ServiceIT(properties = {
        "platform.clock.start=2027-04-10T09:00:00+09:00",
        "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=points-service-entry-corrections-it"})
@Import(PointsServiceDriver.class)
class PointsEntryCorrectionsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    PointsServiceDriver driver;

    @Test
    void p3_memberCorrectsAndWithdrawsOwnEntriesAndTheHistoryIsKept() throws Exception {
        String member = "M0000021";
        String first = driver.entryId(driver.post(member, entry("2026-10-01", "SELF_STUDY", "5")));
        String second = driver.entryId(driver.post(member, entry("2026-11-01", "SELF_STUDY", "3")));

        HttpResponse<String> corrected = driver.correct(member, first, """
                {"activityDate":"2026-09-01","category":"SELF_STUDY","title":"専門書の読書","points":2,"reason":"ポイントの誤り"}""");
        HttpResponse<String> again = driver.correct(member, first, """
                {"activityDate":"2026-09-01","category":"SELF_STUDY","title":"専門書の読書","points":2.0}""");
        HttpResponse<String> withdrawn = driver.withdraw(member, second, "{\"reason\":\"重複して登録したため\"}");
        HttpResponse<String> retried = driver.withdraw(member, second, "{\"reason\":\"重複して登録したため\"}");
        HttpResponse<String> twice = driver.withdraw(member, second, null);

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(driver.read(corrected).get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("5");
        assertThat(driver.read(again).get("corrected").asBoolean()).isFalse();
        assertThat(driver.read(withdrawn).get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("2");
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(driver.read(retried)).as("a retry after a timeout").isEqualTo(driver.read(withdrawn));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(driver.read(twice).get("code").asText()).isEqualTo("points.entry-withdrawn");
        assertThat(driver.eventsOf(member)).isEqualTo(4);
        JsonNode ledgerTotal = driver.read(driver.send(Identity.service("renewal-service"), "GET",
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

        JsonNode correctedOnKafka = driver.json(driver.awaitPublished("itc.points.events", member,
                "points.PointsEntryCorrected.v1", first).value());
        assertThat(correctedOnKafka.get("ledgerSequence").asLong()).isEqualTo(2L);
        assertThat(correctedOnKafka.get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("5");
        ConsumerRecord<String, byte[]> withdrawnOnKafka = driver.awaitPublished("itc.points.events", member,
                "points.PointsEntryWithdrawn.v1", second);
        assertThat(driver.json(withdrawnOnKafka.value()).get("ledgerSequence").asLong()).isEqualTo(3L);
        assertThat(driver.json(withdrawnOnKafka.value()).get("eventId").asText())
                .isEqualTo(PointsServiceDriver.header(withdrawnOnKafka, "ce_id"));
    }

    @Test
    void p3_correctionMovesAnEntryToAnotherFiscalYear() throws Exception {
        String member = "M0000022";
        String entryId = driver.entryId(driver.post(member, entry("2026-10-01", "CASE_PRESENTATION", "4")));

        JsonNode moved = driver.read(driver.correct(member, entryId, """
                {"activityDate":"2027-04-02","category":"CASE_PRESENTATION","title":"事例発表会","points":4}"""));

        assertThat(moved.get("fiscalYear").asInt()).isEqualTo(2027);
        assertThat(moved.get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("4");
        assertThat(moved.get("previousFiscalYear").asInt()).isEqualTo(2026);
        assertThat(moved.get("previousFiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("0");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode fy2027 = driver.read(driver.get(member, "/api/points?fiscalYear=2027"));
            assertThat(fy2027.get("entries")).hasSize(1);
            assertThat(fy2027.get("countedTotal").decimalValue()).isEqualByComparingTo("4");
            JsonNode fy2026 = driver.read(driver.get(member, "/api/points?fiscalYear=2026"));
            assertThat(fy2026.get("entries")).isEmpty();
            assertThat(fy2026.get("countedTotal").decimalValue()).isEqualByComparingTo("0");
        });
    }

    @Test
    void p3_refusesOtherMembersEntriesAssociationEntriesUnknownEntriesAndLongReasons() throws Exception {
        String owner = "M0000023";
        String other = "M0000024";
        String entryId = driver.entryId(driver.post(owner, entry("2026-10-01", "SELF_STUDY", "1")));
        await().atMost(PATIENCE).until(() ->
                driver.get(owner, "/api/points/entries/" + entryId + "/history").statusCode() == 200);
        assertThat(driver.importRow(other + ",2026-10-01,SELF_STUDY,,2,協会による登録")).isEqualTo(200);
        String associationEntry = await().atMost(PATIENCE).until(() -> driver.read(driver.get(other,
                "/api/points?fiscalYear=2026")).get("entries"), entries -> entries.size() == 1).get(0)
                .get("entryId").asText();

        driver.assertProblem(driver.correct(other, entryId, entry("2026-10-01", "SELF_STUDY", "2")), 403,
                "points.entry-of-another-member");
        driver.assertProblem(driver.withdraw(other, entryId, null), 403, "points.entry-of-another-member");
        driver.assertProblem(driver.get(other, "/api/points/entries/" + entryId + "/history"), 403,
                "points.entry-of-another-member");
        driver.assertProblem(driver.correct(other, "no-such-entry", entry("2026-10-01", "SELF_STUDY", "2")), 404,
                "points.entry-not-found");
        driver.assertProblem(driver.withdraw(other, associationEntry, null), 403,
                "points.entry-registered-by-association");
        driver.assertProblem(driver.withdraw(owner, entryId, "{\"reason\":\"" + "理".repeat(501) + "\"}"), 400,
                "points.reason-too-long");
        assertThat(driver.eventsOf(owner)).isEqualTo(1);
        assertThat(driver.eventsOf(other)).isEqualTo(1);
    }
}
