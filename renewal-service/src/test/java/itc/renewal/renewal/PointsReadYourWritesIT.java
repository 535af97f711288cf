package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules P4 and P5 wired end to end: the Kafka-fed projection knows none of the member's points (nothing is
 * published here), a stand-in points-service already has them. Applying locks the counted year there and is
 * decided on its answer; without an answer nothing is recorded.
 */
@ServiceIT(properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-04-10T10:00:00+09:00"})
@Import(MemberRequests.class)
class PointsReadYourWritesIT extends AgainstPointsService {

    @BeforeAll
    static void pointsServiceAnswersTotals() {
        POINTS_SERVICE.answersTotals(true);
    }

    @Autowired
    MemberRequests member;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @Test
    void p4_applicationLocksTheCountedYearFirst() throws Exception {
        POINTS_SERVICE.has("M0000005", 2026, "10", 9);

        assertThat(apply("M0000005").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(POINTS_SERVICE.lockRequests()).contains("M0000005 2026→2027 ≥ 10");
        Map<String, Object> row = jdbc.queryForMap(
                "select counted_total, ledger_sequence from counted_points where member_id = ? and fiscal_year = 2026",
                "M0000005");
        assertThat((BigDecimal) row.get("counted_total")).isEqualByComparingTo("10");
        assertThat(((Number) row.get("ledger_sequence")).longValue()).isEqualTo(9L);
        JsonNode applied = json.readTree(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where aggregate_identifier = '2027-M0000005' and sequence_number = 0""", String.class));
        assertThat(applied.get("countedPoints").decimalValue()).isEqualByComparingTo("10");
        assertThat(applied.get("ledgerSequence").asLong()).isEqualTo(9L);
    }

    @Test
    void p4_refusedWhenThePointsLockSaysShort() {
        POINTS_SERVICE.has("M0000002", 2026, "9.5", 4);

        ResponseEntity<JsonNode> refused = apply("M0000002");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("renewal.points-insufficient");
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("更新用ポイントが不足です（2026年度の登録: 9.5 / 10 ポイント）");
        assertThat(renewalEvents("2027-M0000002")).isZero();
    }

    @Test
    void a1_pointsServiceDownGives503AndRecordsNothing() {
        POINTS_SERVICE.has("M0000003", 2026, "12", 5);
        POINTS_SERVICE.down(true);
        ResponseEntity<JsonNode> refused;
        try {
            refused = apply("M0000003");
        } finally {
            POINTS_SERVICE.down(false);
        }

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("renewal.points-unavailable");
        assertThat(refused.getBody().get("detail").asText()).isEqualTo(
                "ただいま実践力ポイントを確認できないため、申請を受け付けられません。しばらくしてから再度お申し込みください。");
        assertThat(renewalEvents("2027-M0000003")).isZero();
        assertThat(apply("M0000003").getStatusCode()).as("once points-service is back").isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void p5_detailShowsTheTenthPointBeforeItsEventArrives() {
        POINTS_SERVICE.has("M0000004", 2026, "10", 9);

        ResponseEntity<JsonNode> detail = member.exchange(HttpMethod.GET, "/api/renewals/2027", null,
                Identity.member("M0000004"));

        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody().get("countedPoints").decimalValue()).isEqualByComparingTo("10");
        assertThat(POINTS_SERVICE.lockRequests()).noneMatch(request -> request.startsWith("M0000004"));
    }

    private ResponseEntity<JsonNode> apply(String memberId) {
        return member.apply(memberId, "2027.1");
    }

    private int renewalEvents(String renewalId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, renewalId);
    }
}
