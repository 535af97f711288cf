package itc.renewal.systemtests;

import itc.renewal.systemtests.GatewayClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One refusal per service, each with a specific message, each changing nothing. */
@ExtendWith(RunningStack.class)
class RejectionsIT {

    @Test
    void q3_ninePointsAreNotEnoughToApply() {
        GatewayClient member = RunningStack.as("M0000003");
        Reply refused = Journey.earnPointsAndApply(member, "2026-09-01", "TEACHING_PUBLISHING", "9");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("renewal.points-insufficient");
        assertThat(refused.text("detail")).contains("更新用ポイントが不足です");
        assertThat(member.get("/api/renewals/2027").text("status")).isEqualTo("NOT_APPLIED");
    }

    @Test
    void p6_negativePointsAreRefused() {
        GatewayClient member = RunningStack.as("M0000003");
        Reply refused = Journey.registerPoints(member, "2026-09-01", "TEACHING_PUBLISHING", "-1");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).isNotBlank();
    }

    @Test
    void r1_reportBeforeApplyingIsRefused() {
        GatewayClient member = RunningStack.as("M0000004");
        Reply refused = Journey.submitReport(member);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("report.not-open");
        assertThat(refused.text("detail")).contains("資格更新申込み後");
    }

    @Test
    void f2_declinedCardLeavesTheRenewalOpen() {
        GatewayClient member = RunningStack.as("M0000005");
        String renewalId = Journey.applyAndAwaitOrder(member, "2026-05-10", "CASE_PRESENTATION");

        Reply declined = Journey.payByCard(member, renewalId, "4000000000000002");
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.text("code")).isEqualTo("payment.card-declined");
        Journey.awaitReportOpen(member);
        assertThat(Journey.submitReport(member).status()).isEqualTo(201);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(member.get("/api/renewals/2027").text("status")).isEqualTo("APPLIED"));
        assertThat(member.get("/api/payments/orders").raw()).contains("AWAITING_PAYMENT");
    }

    @Test
    void gatewayRefusesRequestsWithoutLogin() {
        Reply refused = new GatewayClient(RunningStack.stack().config().gatewayUrl(), "M0000001", "wrong")
                .get("/api/points?fiscalYear=2026");
        assertThat(refused.status()).isEqualTo(401);
    }
}
