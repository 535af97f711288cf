package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule Q5 without a deploy: on 25 May 2027 an operator extends the FY2027 window to 30 June 24:00 (the 2020-style
 * extension); on 15 June, past the standard end, the window is open, no holder has lapsed (C3 waits for the new
 * end) and a member applies.
 */
@ServiceIT(properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-05-25T10:00:00+09:00",
        // The listeners get a group of their own, starting at the end of the topics, so that they take no
        // partitions (nor events) from other cached service contexts.
        "spring.cloud.stream.bindings.pointsEventsListener-in-0.group=renewal-settings-it",
        "spring.cloud.stream.bindings.paymentEventsListener-in-0.group=renewal-settings-it",
        "spring.cloud.stream.bindings.reportEventsListener-in-0.group=renewal-settings-it",
        "spring.cloud.stream.kafka.bindings.pointsEventsListener-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.paymentEventsListener-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.reportEventsListener-in-0.consumer.start-offset=latest"})
@Import(MemberRequests.class)
class RenewalSettingsIT extends AgainstPointsService {

    private static final String MEMBER = "M0000005";
    private static final Identity OPERATOR = new Identity("OP0000001", Identity.Role.OPERATOR);
    private static final Map<String, Object> EXTENSION_TO_JUNE_30 = Map.of(
            "opensAt", "2027-04-01T00:00:00+09:00",
            "closesAt", "2027-07-01T00:00:00+09:00",
            "feeAmount", 22000,
            "termsVersion", "2027.1",
            "termsText", "ITコーディネータ資格更新規約（2027.1版）");

    @Autowired
    MemberRequests member;
    @Autowired
    BusinessClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void q5_operatorExtendsTheWindowToJune30AndAMemberAppliesOnJune15() {
        POINTS_SERVICE.has(MEMBER, 2026, "10", 1);
        assertThat(settings(Identity.member(MEMBER), HttpMethod.PUT, EXTENSION_TO_JUNE_30).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(settings(OPERATOR, HttpMethod.GET, null).getBody().get("source").asText()).isEqualTo("DEFAULT");

        ResponseEntity<JsonNode> extended = settings(OPERATOR, HttpMethod.PUT, EXTENSION_TO_JUNE_30);
        assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(extended.getBody().get("source").asText()).isEqualTo("STORED");
        assertThat(extended.getBody().get("updatedBy").asText()).isEqualTo("OP0000001");
        assertThat(settings(OPERATOR, HttpMethod.GET, null).getBody().get("window").asText())
                .isEqualTo("2027年4月1日 0:00 ～ 2027年6月30日 24:00（日本時間）");
        clock.setNow(OffsetDateTime.parse("2027-06-15T10:00:00+09:00").toInstant());

        JsonNode me = exchange(Identity.member(MEMBER), HttpMethod.GET, "/api/qualifications/me", null).getBody();
        assertThat(me.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(me.get("nextRenewal").get("open").asBoolean()).isTrue();
        ResponseEntity<JsonNode> applied = apply();
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(applied.getBody().get("feeAmount").decimalValue()).isEqualByComparingTo("22000");
        assertThat(exchange(Identity.member(MEMBER), HttpMethod.GET, "/api/renewals/2027", null).getBody()
                .get("window").get("open").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from lapse_sweep where fiscal_year = 2027", Integer.class))
                .as("Q5: the lapse of holders who never applied waits for the extended end").isZero();
        assertThat(jdbc.queryForMap("""
                select changed_by, old_source, old_closes_at < new_closes_at as later
                from renewal_settings_history where fiscal_year = 2027""")).containsAllEntriesOf(Map.of(
                "changed_by", "OP0000001", "old_source", "DEFAULT", "later", true));
    }

    @Test
    void q5_invalidSettingsAre400AndChangeNothing() {
        Map<String, Object> outsideTheYear = new HashMap<>(EXTENSION_TO_JUNE_30);
        outsideTheYear.put("closesAt", "2028-04-02T00:00:00+09:00");

        ResponseEntity<JsonNode> refused = exchange(OPERATOR, HttpMethod.PUT, "/api/operator/renewal-settings/2028",
                outsideTheYear);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("renewal-settings.window-outside-fiscal-year");
        assertThat(jdbc.queryForObject("select count(*) from renewal_settings where fiscal_year = 2028",
                Integer.class)).isZero();
    }

    private ResponseEntity<JsonNode> apply() {
        return exchange(Identity.member(MEMBER), HttpMethod.POST, "/api/renewals/2027",
                Map.of("termsVersion", "2027.1"));
    }

    private ResponseEntity<JsonNode> settings(Identity identity, HttpMethod method, Object body) {
        return exchange(identity, method, "/api/operator/renewal-settings/2027", body);
    }

    private ResponseEntity<JsonNode> exchange(Identity identity, HttpMethod method, String path, Object body) {
        return member.exchange(method, path, body, identity);
    }
}
