package itc.renewal.report;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules R2 and R4 against a real PostgreSQL and Kafka: an operator publishes a new questionnaire version without a
 * deploy; operators see the answers of a year only in aggregate (counts per choice, satisfaction distribution, CSV),
 * withheld below five respondents, and never one member's answers.
 */
@ServiceIT(properties = "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=report-summary-it")
@Import(ActivityReportDriver.class)
class QuestionnaireAndSummaryIT {

    private static final String V2028 = """
            {"firstFiscalYear": 2028, "questions": [
              {"id": "involvement", "title": "関与状況", "text": "協会活動への関与（複数選択可）", "type": "MULTIPLE_CHOICE",
               "required": true, "choices": [{"value": "EVENTS", "label": "イベント参加"}, {"value": "NONE", "label": "なし"}],
               "exclusive": "NONE"},
              {"id": "satisfaction", "title": "満足度", "text": "満足度（1〜5）", "type": "SCALE", "required": true,
               "choices": [{"value": "1", "label": "不満"}, {"value": "2", "label": "やや不満"}, {"value": "3", "label": "普通"},
                           {"value": "4", "label": "やや満足"}, {"value": "5", "label": "満足"}]},
              {"id": "wish", "title": "要望", "text": "協会への要望", "type": "TEXT", "required": false, "maxLength": 100}]}
            """;

    @Autowired
    private ActivityReportDriver driver;

    @Test
    void r2_anOperatorPublishesANewVersionWhichMembersAnswerFromItsFirstYear() throws Exception {
        ResponseEntity<JsonNode> published = driver.asOperator(HttpMethod.PUT,
                "/api/operator/activity-reports/questionnaires/2028.1", V2028);
        assertThat(published.getStatusCode()).as(String.valueOf(published.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(driver.asOperator(HttpMethod.PUT, "/api/operator/activity-reports/questionnaires/2028.1", V2028)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> changed = driver.asOperator(HttpMethod.PUT,
                "/api/operator/activity-reports/questionnaires/2028.1", V2028.replace("協会への要望", "別の問い"));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> broken = driver.asOperator(HttpMethod.PUT,
                "/api/operator/activity-reports/questionnaires/2029.1", "{\"firstFiscalYear\":2029,\"questions\":[]}");
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody().at("/errors/0/field").asText()).isEqualTo("questions");
        assertThat(driver.exchange(HttpMethod.PUT, "/api/operator/activity-reports/questionnaires/2030.1", V2028,
                Identity.member("M0000301")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(driver.report("M0000301", 2028).get("questionnaireVersion").asText()).isEqualTo("2028.1");
        assertThat(driver.report("M0000301", 2027).get("questionnaireVersion").asText()).isEqualTo("2027.1");
        driver.open("M0000301", 2028);
        assertThat(driver.submitAnswers("M0000301", 2028, "{\"involvement\":[\"EVENTS\"],\"satisfaction\":3,"
                + "\"wish\":\"もっと研修を\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        driver.awaitStatus("M0000301", 2028, "SUBMITTED");
        assertThat(driver.report("M0000301", 2028).get("questionnaireVersion").asText()).isEqualTo("2028.1");
    }

    @Test
    void r4_operatorsSeeCountsPerChoiceOnlyAndNothingBelowFiveRespondents() throws Exception {
        List<String> members = List.of("M0000311", "M0000312", "M0000313", "M0000314", "M0000315");
        for (int i = 0; i < members.size(); i++) {
            driver.open(members.get(i), 2027);
            String satisfaction = i < 3 ? "4" : "2";
            assertThat(driver.submitAnswers(members.get(i), 2027, "{\"involvement\":[\"TRAINING\"],"
                    + "\"practiceAreas\":[\"DX_SUPPORT\"],\"satisfaction\":" + satisfaction
                    + ",\"comment\":\"秘密のコメント\"}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
            if (i == 3) {
                driver.awaitStatus(members.get(i), 2027, "SUBMITTED");
                JsonNode four = summary();
                assertThat(four.get("suppressed").asBoolean()).as("four respondents could be told apart").isTrue();
                assertThat(four.get("versions")).isEmpty();
            }
        }
        driver.awaitStatus(members.get(4), 2027, "SUBMITTED");

        JsonNode summary = summary();
        assertThat(summary.get("suppressed").asBoolean()).isFalse();
        assertThat(summary.at("/versions/0/respondents").asInt()).isEqualTo(5);
        assertThat(summary.at("/versions/0/suppressed").asBoolean()).isFalse();
        assertThat(summary.toString()).doesNotContain("秘密のコメント", "M00003");
        JsonNode satisfaction = find(summary.at("/versions/0/questions"), "satisfaction");
        assertThat(find(satisfaction.get("counts"), "4").get("count").asInt()).isEqualTo(3);
        assertThat(find(satisfaction.get("counts"), "2").get("count").asInt()).isEqualTo(2);
        assertThat(satisfaction.get("mean").asDouble()).isEqualTo(3.2);
        assertThat(find(find(summary.at("/versions/0/questions"), "involvement").get("counts"), "TRAINING")
                .get("count").asInt()).isEqualTo(5);

        ResponseEntity<String> csv = driver.summaryCsv(2027);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getBody()).contains("question_id", "\"満足度\",\"4\",\"やや満足\",3").doesNotContain("秘密");
    }

    private JsonNode summary() {
        return driver.asOperator(HttpMethod.GET, "/api/operator/activity-reports/2027/summary", null).getBody();
    }

    private static JsonNode find(JsonNode list, String idOrValue) {
        for (JsonNode item : list) {
            if (idOrValue.equals(item.path("questionId").asText(null)) || idOrValue.equals(item.path("value")
                    .asText(null))) {
                return item;
            }
        }
        throw new AssertionError(idOrValue + " not in " + list);
    }
}
