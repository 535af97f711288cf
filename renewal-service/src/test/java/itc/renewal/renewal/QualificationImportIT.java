package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.ServiceIT;
import itc.renewal.platformtest.SignedRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule Q1's registry import by an operator against real PostgreSQL, and what the imported holders then see
 * as "my qualification" with their next renewal (Q2, Q4, Q5) on the business date 2027-04-10.
 */
@ServiceIT(properties = {
        "platform.clock.start=2027-04-10T10:00:00+09:00",
        "renewal.points-service-url=http://127.0.0.1:9",
        // No events here: the listeners get a group of their own at the end of the topics, so that they take no
        // partitions (nor events) from other cached service contexts.
        "spring.cloud.stream.bindings.pointsEventsListener-in-0.group=qualification-import-it",
        "spring.cloud.stream.bindings.paymentEventsListener-in-0.group=qualification-import-it",
        "spring.cloud.stream.bindings.reportEventsListener-in-0.group=qualification-import-it",
        "spring.cloud.stream.kafka.bindings.pointsEventsListener-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.paymentEventsListener-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.reportEventsListener-in-0.consumer.start-offset=latest"})
@Import(MemberRequests.class)
class QualificationImportIT {

    private static final Identity OPERATOR = new Identity("OP0000001", Identity.Role.OPERATOR);
    private static final String HEADER = "member_id,name,name_kana,email,certification_number,certified_in,expiry\r\n";
    private static final String FIRST_RENEWAL = "M0000201,新規 一郎,シンキ イチロウ,ichiro@example.jp,0000003201A,2026-10,\r\n";
    private static final String RENEWED =
            "M0000202,継続 花子,ケイゾク ハナコ,hanako@example.jp,0000003202B,2016-03,2027-05-31\r\n";
    private static final String FORMER = "M0000203,失効 次郎,シッコウ ジロウ,jiro@example.jp,0000003203C,2016-03,\r\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentitySigner signer;
    @Autowired
    MemberRequests member;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    @Test
    void q1_operatorImportsTheRegistryAndTheSameFileAgainChangesNothing() {
        ResponseEntity<JsonNode> first = upload(OPERATOR, HEADER + FIRST_RENEWAL + RENEWED + FORMER);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertCounts(first.getBody(), 3, 0, 0);
        assertThat(first.getBody().get("fileImportedBefore").asBoolean()).isFalse();

        ResponseEntity<JsonNode> again = upload(OPERATOR, HEADER + FIRST_RENEWAL + RENEWED + FORMER);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertCounts(again.getBody(), 0, 0, 3);
        assertThat(again.getBody().get("fileImportedBefore").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from qualification_import_log where operator_id = 'OP0000001'"
                + " and row_count = 3", Integer.class)).isEqualTo(2);

        JsonNode me = me("M0000201").getBody();
        assertThat(me.get("certificationNumber").asText()).isEqualTo("0000003201A");
        assertThat(me.get("expiry").asText()).isEqualTo("2027-05-31");
        assertThat(me.get("status").asText()).isEqualTo("ACTIVE");
        JsonNode next = me.get("nextRenewal");
        assertThat(next.get("fiscalYear").asInt()).isEqualTo(2027);
        assertThat(next.get("opensAt").asText()).isEqualTo("2027-04-01T00:00:00+09:00");
        assertThat(next.get("closesAt").asText()).isEqualTo("2027-06-01T00:00:00+09:00");
        assertThat(next.get("open").asBoolean()).isTrue();
        assertThat(next.get("firstRenewal").asBoolean()).isTrue();
        assertThat(next.get("fee").get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(next.get("fee").get("waived").asBoolean()).isTrue();
        assertThat(next.get("status").asText()).isEqualTo("NOT_APPLIED");
        assertThat(me("M0000202").getBody().get("nextRenewal").get("fee").get("amount").decimalValue())
                .isEqualByComparingTo("22000");
        JsonNode former = me("M0000203").getBody();
        assertThat(former.get("status").asText()).isEqualTo("LAPSED");
        assertThat(former.get("expiry").asText()).isEqualTo("2016-05-31");
        assertThat(former.get("nextRenewal").isNull()).isTrue();
    }

    @Test
    void q1_aChangedNameOrEmailUpdatesTheContact() {
        String row = "M0000211,変更 三郎,ヘンコウ サブロウ,saburo@example.jp,0000003211D,2020-06,2027-05-31\r\n";
        assertCounts(upload(OPERATOR, HEADER + row).getBody(), 1, 0, 0);

        ResponseEntity<JsonNode> changed = upload(OPERATOR, HEADER + row.replace("saburo@", "saburo.henko@"));

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertCounts(changed.getBody(), 0, 1, 0);
        assertThat(me("M0000211").getBody().get("email").asText()).isEqualTo("saburo.henko@example.jp");
    }

    @Test
    void q1_p6_eachNewHolderIsAnnouncedOnceOnTheHoldersTopicAndAChangeWithTheWholeContact() {
        String row = "M0000231,告知 八郎,コクチ ハチロウ,hachiro@example.jp,0000003231H,2020-06,2027-05-31\r\n";
        try (PublishedRenewalEvents holders = new PublishedRenewalEvents(brokers, json, EventTypes.HOLDERS_TOPIC)) {
            assertCounts(upload(OPERATOR, HEADER + row).getBody(), 1, 0, 0);
            JsonNode registered = holders.await("holders.HolderRegistered.v1", "M0000231", Duration.ofSeconds(20));
            assertThat(registered.get("email").asText()).isEqualTo("hachiro@example.jp");
            assertThat(registered.get("nameKana").asText()).isEqualTo("コクチ ハチロウ");
            assertThat(registered.get("certificationNumber").asText()).isEqualTo("0000003231H");
            assertThat(registered.get("certifiedIn").asText()).as("for points-service (P6)").isEqualTo("2020-06");

            upload(OPERATOR, HEADER + row);
            upload(OPERATOR, HEADER + row.replace("hachiro@", "hachiro.kokuchi@"));
            JsonNode changed = holders.await("holders.HolderContactChanged.v1", "M0000231", Duration.ofSeconds(20));

            assertThat(changed.get("email").asText()).isEqualTo("hachiro.kokuchi@example.jp");
            assertThat(changed.get("name").asText()).isEqualTo("告知 八郎");
            assertThat(changed.get("certifiedIn").asText()).as("the latest record says all").isEqualTo("2020-06");
            assertThat(holders.all("holders.HolderRegistered.v1", "M0000231")).hasSize(1);
            assertThat(jdbc.queryForObject("select announced from qualification where member_id = 'M0000231'",
                    Boolean.class)).isTrue();
        }
    }

    @Test
    void q1_aFileWithABadRowImportsNothingAndListsEveryProblem() {
        assertCounts(upload(OPERATOR, HEADER + "M0000221,既存 四郎,キソン シロウ,shiro@example.jp,0000003221E,2020-06,"
                + "\r\n").getBody(), 1, 0, 0);
        String good = "M0000222,正常 五郎,セイジョウ ゴロウ,goro@example.jp,0000003222F,2020-06,\r\n";
        String takenNumber = "M0000223,重複 六郎,チョウフク ロクロウ,rokuro@example.jp,0000003221E,2020-06,\r\n";
        String badKana = "M0000224,誤記 七子,ごき ななこ,nanako@example.jp,0000003224G,2020-06,\r\n";

        ResponseEntity<JsonNode> refused = upload(OPERATOR, HEADER + good + takenNumber + badKana);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode body = refused.getBody();
        assertThat(body.get("code").asText()).isEqualTo("qualification.import-invalid");
        assertThat(body.get("errors")).hasSize(2);
        assertThat(body.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(body.get("errors").get(0).get("column").asText()).isEqualTo("certification_number");
        assertThat(body.get("errors").get(0).get("message").asText()).contains("別の会員（M0000221）");
        assertThat(body.get("errors").get(1).get("row").asInt()).isEqualTo(4);
        assertThat(body.get("errors").get(1).get("column").asText()).isEqualTo("name_kana");
        assertThat(me("M0000222").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void q1_membersCannotImport() {
        ResponseEntity<JsonNode> refused = upload(Identity.member("M0000201"), HEADER + FIRST_RENEWAL);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("operator.role-required");
    }

    private static void assertCounts(JsonNode outcome, int imported, int updated, int unchanged) {
        assertThat(outcome.get("imported").asInt()).isEqualTo(imported);
        assertThat(outcome.get("updated").asInt()).isEqualTo(updated);
        assertThat(outcome.get("unchanged").asInt()).isEqualTo(unchanged);
    }

    private ResponseEntity<JsonNode> upload(Identity identity, String csv) {
        HttpHeaders headers = SignedRequests.headers(signer, identity, HttpMethod.POST,
                "/api/operator/qualifications/imports");
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.exchange("/api/operator/qualifications/imports", HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> me(String memberId) {
        return member.exchange(HttpMethod.GET, "/api/qualifications/me", null, Identity.member(memberId));
    }
}
