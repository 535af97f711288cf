package itc.renewal.points;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Operator import of association-registered points on a real PostgreSQL and Kafka; business date 2027-04-10. */
@ServiceIT(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
@Import(PointsServiceDriver.class)
class PointsImportIT {

    private static final Identity OPERATOR = PointsServiceDriver.OPERATOR;
    private static final String HEADER = "member_id,activity_date,category,hours,points,title\r\n";

    @Autowired
    ObjectMapper json;
    @Autowired
    PointsServiceDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void p1_importIsIdempotent() throws Exception {
        String member = "M0000011";
        String file = "\uFEFF" + HEADER + """
                M0000011,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3,,"協会主催研修「ITC実践, 基礎」"\r
                M0000011,2026-11-15,SELF_STUDY,,2,専門書の読書\r
                M0000011,2027-01-20,CASE_PRESENTATION,,1,事例発表会\r
                """;

        HttpResponse<String> firstResponse = importFile(OPERATOR, file);
        assertThat(firstResponse.statusCode()).as(firstResponse.body()).isEqualTo(200);
        JsonNode first = json.readTree(firstResponse.body());
        assertThat(first.get("imported").asInt()).isEqualTo(3);
        assertThat(first.get("skipped").asInt()).isEqualTo(0);
        assertThat(first.get("importId").asText()).isNotBlank();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode view = json.readTree(get(member, "/api/points?fiscalYear=2026").body());
            assertThat(view.get("entries")).hasSize(3);
            JsonNode training = view.get("entries").get(0);
            assertThat(training.get("category").asText()).isEqualTo("ASSOCIATION_TRAINING_CLASSROOM");
            assertThat(training.get("title").asText()).isEqualTo("協会主催研修「ITC実践, 基礎」");
            assertThat(training.get("hours").decimalValue()).isEqualByComparingTo("3");
            assertThat(training.get("points").decimalValue()).isEqualByComparingTo("1.5");
            assertThat(view.get("countedTotal").decimalValue()).isEqualByComparingTo("4.5");
        });

        HttpResponse<String> sameFile = importFile(OPERATOR, file);
        HttpResponse<String> sameRowsOtherwiseWritten = importFile(OPERATOR, HEADER + """
                "M0000011","2027-01-20","CASE_PRESENTATION","","1.0","事例発表会"
                M0000011,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3.0,,"協会主催研修「ITC実践, 基礎」"
                """);

        assertThat(sameFile.statusCode()).isEqualTo(200);
        assertThat(json.readTree(sameFile.body()).get("imported").asInt()).isEqualTo(0);
        assertThat(json.readTree(sameFile.body()).get("skipped").asInt()).isEqualTo(3);
        assertThat(sameRowsOtherwiseWritten.statusCode()).isEqualTo(200);
        assertThat(json.readTree(sameRowsOtherwiseWritten.body()).get("imported").asInt()).isEqualTo(0);
        assertThat(json.readTree(sameRowsOtherwiseWritten.body()).get("skipped").asInt()).isEqualTo(2);
        assertThat(eventsOf(member)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from points_import_log where operator_id = 'OP-1'",
                Integer.class)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void p6_importReportsEveryBadRowAndImportsNothing() throws Exception {
        String member = "M0000012";
        HttpResponse<String> response = importFile(OPERATOR, HEADER + """
                M0000012,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3,,集合研修
                M0000012,2027-04-11,SELF_STUDY,,1,未来の日付
                M0000012,2026-11-15,SELF_STUDY,,2,読書
                """);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("code").asText()).isEqualTo("points.import-invalid");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(problem.get("errors").get(0).get("column").asText()).isEqualTo("activity_date");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .isEqualTo("活動日に未来の日付は指定できません（活動日: 2027-04-11、本日: 2027-04-10）。");
        assertThat(eventsOf(member)).isZero();
        assertThat(json.readTree(get(member, "/api/points?fiscalYear=2026").body()).get("entries")).isEmpty();
    }

    @Test
    void p2_membersCannotImport() throws Exception {
        HttpResponse<String> response = importFile(Identity.member("M0000013"),
                HEADER + "M0000013,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3,,集合研修\n");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(eventsOf("M0000013")).isZero();
    }

    private int eventsOf(String member) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, member);
    }

    private HttpResponse<String> importFile(Identity identity, String csv) throws IOException, InterruptedException {
        return driver.importFile(identity, csv);
    }

    private HttpResponse<String> get(String member, String path) throws IOException, InterruptedException {
        return driver.get(member, path);
    }
}
