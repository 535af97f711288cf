package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static itc.renewal.renewal.MemberRequests.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Applying for a renewal over HTTP (rules A1, Q1, Q3) with real Kafka and PostgreSQL. A stand-in points-service
 * locks the counted year on applying (P4) with the totals the tests also publish; it does not answer counted
 * totals, so the A2 detail shows the Kafka-fed projection alone (P5 fallback). What other services' events do
 * is {@link UpstreamEventsIT}'s.
 */
@ServiceIT(properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-04-10T10:00:00+09:00"})
@Import({MemberRequests.class, UpstreamEvents.class})
class RenewalServiceIT extends AgainstPointsService {

    @Autowired
    MemberRequests member;
    @Autowired
    UpstreamEvents upstream;

    @Test
    void a1_secondApplicationInTheSameYearIsRefused() {
        upstream.registerCountedPoints(POINTS_SERVICE, "M0000006", "12.5");
        member.awaitCountedPoints("M0000006", "12.5");

        ResponseEntity<JsonNode> first = member.apply("M0000006", "2027.1");
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().get("feeWaived").asBoolean()).isTrue();
        ResponseEntity<JsonNode> second = member.apply("M0000006", "2027.1");

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("code").asText()).isEqualTo("renewal.already-applied");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode next = member.get("M0000006", "/api/qualifications/me").get("nextRenewal");
            assertThat(next.get("status").asText()).isEqualTo("APPLIED");
            assertThat(next.get("renewalId").asText()).isEqualTo("2027-M0000006");
        });
    }

    @Test
    void q3_ninePointsAreRefusedWith422() {
        upstream.registerCountedPoints(POINTS_SERVICE, "M0000002", "9");
        member.awaitCountedPoints("M0000002", "9.0");

        ResponseEntity<JsonNode> refused = member.apply("M0000002", "2027.1");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("renewal.points-insufficient");
        assertThat(refused.getBody().get("detail").asText())
                .isEqualTo("更新用ポイントが不足です（2026年度の登録: 9.0 / 10 ポイント）");
        assertThat(member.get("M0000002", "/api/renewals/2027").get("status").asText()).isEqualTo("NOT_APPLIED");
    }

    @Test
    void q1_holderSeesTheirQualification() {
        JsonNode me = member.get("M0000006", "/api/qualifications/me");

        assertThat(me.get("name").asText()).isEqualTo("伊藤 さくら");
        assertThat(me.get("email").asText()).isEqualTo("sakura.ito@example.jp");
        assertThat(me.get("certifiedIn").asText()).isEqualTo("2026-10");
        assertThat(me.get("expiry").asText()).isEqualTo("2027-05-31");
        assertThat(me.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(me.get("nextRenewal").get("fiscalYear").asInt()).isEqualTo(2027);
        assertThat(me.get("nextRenewal").get("open").asBoolean()).isTrue();
        assertThat(me.get("nextRenewal").get("firstRenewal").asBoolean()).isTrue();
    }

    /** Simultaneous submits of one renewal: one is accepted, the others get 409, never 500. */
    @Test
    void a1_racingApplicationsOfTheSameRenewalGetOne201AndOtherwise409() throws Exception {
        upstream.registerCountedPoints(POINTS_SERVICE, "M0000004", "10");
        member.awaitCountedPoints("M0000004", "10.0");
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return member.apply("M0000004", "2027.1");
                }));
            }
            start.countDown();
            List<ResponseEntity<JsonNode>> responses = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                responses.add(answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
            }

            assertThat(responses).filteredOn(r -> r.getStatusCode() == HttpStatus.CREATED).hasSize(1);
            assertThat(responses).filteredOn(r -> r.getStatusCode() != HttpStatus.CREATED)
                    .hasSize(racers - 1)
                    .allSatisfy(r -> {
                        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(r.getBody().get("code").asText()).isEqualTo("renewal.already-applied");
                    });
        } finally {
            pool.shutdownNow();
        }
    }
}
