package itc.renewal.points;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static itc.renewal.points.PointsServiceDriver.entry;
import static itc.renewal.points.PointsServiceDriver.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** points-service end to end on a real PostgreSQL and Kafka; business date 2027-04-10 (FY2027). */
@ServiceIT(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
@Import(PointsServiceDriver.class)
class PointsServiceIT {

    private static final Identity OPERATOR = PointsServiceDriver.OPERATOR;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    PointsServiceDriver driver;

    @Test
    void p1_registersPointsReadsThemBackAndPublishesPointsRegistered() throws Exception {
        String member = "M0000001";
        HttpResponse<String> first = post(member, entry("2026-10-01", "SELF_STUDY", "5"));
        HttpResponse<String> second = post(member, entry("2027-03-31", "SELF_STUDY", "2.5"));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        JsonNode registered = json.readTree(second.body());
        assertThat(registered.get("fiscalYear").asInt()).isEqualTo(2026);
        assertThat(registered.get("points").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(registered.get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("6");
        String entryId = registered.get("entryId").asText();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode view = json.readTree(get(member, "/api/points").body());
            assertThat(view.get("memberId").asText()).isEqualTo(member);
            assertThat(view.get("fiscalYear").asInt()).isEqualTo(2026);
            assertThat(view.get("entries")).hasSize(2);
            assertThat(view.get("entries").get(1).get("entryId").asText()).isEqualTo(entryId);
            assertThat(view.get("entries").get(1).get("activityDate").asText()).isEqualTo("2027-03-31");
            assertThat(view.get("rawTotal").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(view.get("countedTotal").decimalValue()).isEqualByComparingTo("6");
        });

        ConsumerRecord<String, byte[]> published = driver.awaitPublished("itc.points.events", member,
                "points.PointsRegistered.v1", entryId);
        JsonNode body = json.readTree(published.value());
        assertThat(UUID.fromString(body.get("eventId").asText()).toString()).isEqualTo(header(published, "ce_id"));
        assertThat(body.get("memberId").asText()).isEqualTo(member);
        assertThat(body.get("activityDate").asText()).isEqualTo("2027-03-31");
        assertThat(body.get("fiscalYear").asInt()).isEqualTo(2026);
        assertThat(body.get("category").asText()).isEqualTo("SELF_STUDY");
        assertThat(body.get("points").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(body.get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void p6_refusesAFutureActivityDateWithAProblemAndRecordsNothing() throws Exception {
        String member = "M0000002";
        HttpResponse<String> response = post(member, entry("2027-04-11", "SELF_STUDY", "1"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("points.activity-date-in-future");
        assertThat(problem.get("detail").asText()).isEqualTo("活動日に未来の日付は指定できません（活動日: 2027-04-11、本日: 2027-04-10）。");
        JsonNode view = json.readTree(get(member, "/api/points?fiscalYear=2027").body());
        assertThat(view.get("entries")).isEmpty();
        assertThat(view.get("countedTotal").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void p2_refusesAssociationTrainingToAMember() throws Exception {
        HttpResponse<String> response = post("M0000003", """
                {"activityDate":"2026-10-01","category":"ASSOCIATION_TRAINING_CLASSROOM","title":"集合研修","hours":3}""");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("code").asText()).isEqualTo("points.category-association-only");
    }

    @Test
    void p2_operatorCapChangeAppliesToLaterRegistrationsOnly() throws Exception {
        // No other test here registers self-study in FY2027, so changing its catalogue disturbs nothing.
        String member = "M0000004";
        JsonNode catalogue = json.readTree(send(OPERATOR, "/api/operator/points/catalogue/2027", "GET", null).body());
        assertThat(catalogue.get("definedInFiscalYear").asInt()).isEqualTo(2027);
        assertThat(selfStudyOf(catalogue).get("capPerFiscalYear").decimalValue()).isEqualByComparingTo("6");
        assertThat(post(member, entry("2027-04-01", "SELF_STUDY", "5")).statusCode()).isEqualTo(201);
        JsonNode beforeChange = json.readTree(post(member, entry("2027-04-02", "SELF_STUDY", "3")).body());
        assertThat(beforeChange.get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("6");

        HttpResponse<String> changed = send(OPERATOR, "/api/operator/points/catalogue/2027/SELF_STUDY", "PUT", """
                {"nameJa":"自己研鑽","unit":"POINTS","capPerFiscalYear":8,"memberRegistrable":true}""");
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode afterChange = json.readTree(post(member, entry("2027-04-03", "SELF_STUDY", "1.5")).body());

        assertThat(afterChange.get("fiscalYearCountedTotal").decimalValue()).isEqualByComparingTo("7.5");
        JsonNode reread = json.readTree(send(OPERATOR, "/api/operator/points/catalogue/2027", "GET", null).body());
        assertThat(selfStudyOf(reread).get("capPerFiscalYear").decimalValue()).isEqualByComparingTo("8");
        assertThat(reread.get("categories")).hasSize(7);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode view = json.readTree(get(member, "/api/points?fiscalYear=2027").body());
            assertThat(view.get("entries")).hasSize(3);
            assertThat(view.get("entries").findValues("capped")).extracting(JsonNode::asBoolean)
                    .containsExactly(false, true, true);
            assertThat(view.get("entries").get(1).get("countedPoints").decimalValue()).isEqualByComparingTo("2.5");
            JsonNode selfStudy = view.get("categories").get(0);
            assertThat(selfStudy.get("category").asText()).isEqualTo("SELF_STUDY");
            assertThat(selfStudy.get("subtotal").decimalValue()).isEqualByComparingTo("9.5");
            assertThat(selfStudy.get("cap").decimalValue()).isEqualByComparingTo("8");
            assertThat(selfStudy.get("countedSubtotal").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(view.get("countedTotal").decimalValue()).isEqualByComparingTo("7.5");
        });
    }

    @Test
    void p2_catalogueFallsBackToEarlierYear() throws Exception {
        JsonNode catalogue = json.readTree(send(OPERATOR, "/api/operator/points/catalogue/2030", "GET", null).body());

        assertThat(catalogue.get("fiscalYear").asInt()).isEqualTo(2030);
        assertThat(catalogue.get("definedInFiscalYear").asInt()).isEqualTo(2027);
        assertThat(catalogue.get("categories").findValues("code")).extracting(JsonNode::asText).containsExactly(
                "ASSOCIATION_TRAINING_CLASSROOM", "ASSOCIATION_TRAINING_CORRESPONDENCE", "SELF_STUDY",
                "RELATED_QUALIFICATION", "TEACHING_PUBLISHING", "ASSOCIATION_ACTIVITY", "CASE_PRESENTATION");
    }

    @Test
    void p5_internalCountedTotalIncludesARegistrationAtOnceForAServiceOnly() throws Exception {
        // No await on purpose: the total is read from the ledger's events, not from a lagging projection.
        String member = "M0000005";
        assertThat(post(member, entry("2026-05-01", "CASE_PRESENTATION", "6")).statusCode()).isEqualTo(201);
        assertThat(post(member, entry("2026-06-01", "CASE_PRESENTATION", "4")).statusCode()).isEqualTo(201);
        String path = "/internal/points/" + member + "/counted-total?fiscalYear=2026";

        HttpResponse<String> response = driver.send(Identity.service("renewal-service"), "GET", path, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode total = json.readTree(response.body());
        assertThat(total.get("memberId").asText()).isEqualTo(member);
        assertThat(total.get("countedTotal").decimalValue()).isEqualByComparingTo("10");
        assertThat(total.get("ledgerSequence").asLong()).isEqualTo(1L);
        HttpResponse<String> unknown = driver.send(Identity.service("renewal-service"), "GET",
                "/internal/points/M0000099/counted-total?fiscalYear=2026", null);
        assertThat(json.readTree(unknown.body()).get("countedTotal").decimalValue()).isEqualByComparingTo("0");

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(anonymous.statusCode()).as("anyone on the network").isEqualTo(401);
        assertThat(driver.send(Identity.member(member), "GET", path, null).statusCode())
                .as("a member's identity, even signed").isEqualTo(403);
    }

    private static JsonNode selfStudyOf(JsonNode catalogue) {
        for (JsonNode category : catalogue.get("categories")) {
            if (category.get("code").asText().equals("SELF_STUDY")) {
                return category;
            }
        }
        throw new AssertionError("no SELF_STUDY in " + catalogue);
    }

    private HttpResponse<String> send(Identity identity, String path, String method, String body)
            throws IOException, InterruptedException {
        return driver.send(identity, method, path, body);
    }

    private HttpResponse<String> post(String member, String body) throws IOException, InterruptedException {
        return driver.post(member, body);
    }

    private HttpResponse<String> get(String member, String path) throws IOException, InterruptedException {
        return driver.get(member, path);
    }
}
