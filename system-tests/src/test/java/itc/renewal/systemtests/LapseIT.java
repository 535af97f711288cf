package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.node.ObjectNode;
import itc.renewal.embedded.stack.BusinessClocks;
import itc.renewal.systemtests.GatewayClient.Reply;
import itc.renewal.systemtests.TopicReader.Event;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The end of the window, driven by the business clock (D2). An operator extends FY2027's window to
 * 30 June as in 2020 (Q5, no deploy): a holder applies on 10 June, the reminders move with the new end
 * and name what is missing (C2), and at the extended end the incomplete renewals lapse (C3, Q6) and no
 * later step is accepted (Q5). Runs last: it moves every service's clock past 30 June.
 */
@ExtendWith(RunningStack.class)
@Order(Integer.MAX_VALUE)
class LapseIT {

    @Test
    void q5_c2_c3_extendedWindowAcceptsJuneApplicationsThenRemindsAndLapsesAtItsEnd() throws Exception {
        GatewayClient member = RunningStack.as("M0000007");
        Reply applied = Journey.earnPointsAndApply(member, "2026-11-08", "TEACHING_PUBLISHING", "10");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String renewalId = applied.text("renewalId");
        Journey.importHolder("M0000013", "0000003013C", "2016-03", "2027-05-31");
        GatewayClient late = RunningStack.as("M0000013");
        assertThat(Journey.registerPoints(late, "2026-12-01", "TEACHING_PUBLISHING", "10").status()).isEqualTo(201);

        extendWindowTo("2027-07-01T00:00:00+09:00");
        moveClockTo("2027-06-10T09:00:00+09:00");
        Reply june = Journey.apply(late);
        assertThat(june.status()).as("applying on 10 June inside the extended window: " + june).isEqualTo(201);
        assertThat(late.get("/api/qualifications/me").json().path("nextRenewal").path("closesAt").asText())
                .startsWith("2027-07-01T00:00");

        moveClockTo("2027-06-20T09:00:00+09:00");
        List<Event> reminders = await().atMost(Journey.ASYNC).until(() -> events("renewal.RenewalReminderDue.v1",
                renewalId), found -> !found.isEmpty());
        assertThat(reminders.get(0).body().path("missingSteps").toString()).contains("ACTIVITY_REPORT")
                .doesNotContain("FEE_PAYMENT");
        assertThat(reminders.get(0).body().path("windowClosesAt").asText()).isEqualTo("2027-06-30T15:00:00Z");
        // The old end (31 May) has passed on the clock, yet nothing lapses before the extended end.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> events("renewal.RenewalLapsed.v1", renewalId).isEmpty());
        assertThat(member.get("/api/renewals/2027").text("status")).isEqualTo("APPLIED");

        moveClockTo("2027-07-01T00:00:05+09:00");
        List<Event> lapsed = await().atMost(Journey.ASYNC).until(() -> events("renewal.RenewalLapsed.v1", renewalId),
                found -> !found.isEmpty());
        assertThat(lapsed.get(0).body().path("expiredOn").asText()).isEqualTo("2027-05-31");
        Journey.awaitStatus(member, "LAPSED");
        assertThat(member.get("/api/qualifications/me").text("status")).isEqualTo("LAPSED");

        // Q5: no step after the window: neither the report the member never sent nor a late fee payment.
        await().atMost(Journey.ASYNC).untilAsserted(() -> assertThat(member.get("/api/activity-reports/2027")
                .text("status")).isEqualTo("CLOSED"));
        Reply report = Journey.submitReport(member);
        assertThat(report.status()).as(report.toString()).isEqualTo(409);
        assertThat(report.text("code")).isEqualTo("report.window-closed");
        Journey.awaitStatus(late, "LAPSED");
        await().atMost(Journey.ASYNC).untilAsserted(() -> assertThat(late.get("/api/payments/orders").raw())
                .contains("CLOSED_LAPSED"));
        Reply payment = Journey.payByCard(late, june.text("renewalId"), "4242424242424242");
        assertThat(payment.status()).as(payment.toString()).isEqualTo(409);
        assertThat(payment.text("code")).isEqualTo("payment.window-closed");
    }

    /** The operator's change of FY2027's settings through the gateway: only the window's end moves. */
    private static void extendWindowTo(String closesAt) {
        GatewayClient operator = RunningStack.operator();
        Reply current = operator.get("/api/operator/renewal-settings/2027");
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        ObjectNode change = ((ObjectNode) current.json()).retain("opensAt", "feeAmount", "termsVersion", "termsText");
        change.put("closesAt", closesAt);
        Reply extended = operator.put("/api/operator/renewal-settings/2027", change.toString());
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
    }

    private static List<Event> events(String type, String renewalId) {
        return RunningStack.topic("itc.renewal.events").ofType(type).stream()
                .filter(e -> e.body().path("renewalId").asText().equals(renewalId)).toList();
    }

    /** Every service's business clock, as {@code ./itc-renewal clock} moves them (D2: one business time). */
    private static void moveClockTo(String businessTime) throws Exception {
        assertThat(BusinessClocks.moveTo(RunningStack.stack().config(), OffsetDateTime.parse(businessTime)))
                .allMatch(BusinessClocks.Answer::ok);
    }
}
