package itc.renewal.systemtests;

import itc.renewal.systemtests.GatewayClient.Reply;
import itc.renewal.systemtests.TopicReader.Event;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The unhappy end of the window, driven by the business clock (D2): a reminder names what is missing
 * (C2), and at the window's end the incomplete renewal lapses (C3, Q6). Runs last: it moves
 * renewal-service's clock past 31 May for the whole stack.
 */
@ExtendWith(RunningStack.class)
@Order(Integer.MAX_VALUE)
class LapseIT {

    @Test
    void c2_c3_incompleteRenewalIsRemindedThenLapsesAtTheWindowEnd() throws Exception {
        GatewayClient member = RunningStack.as("M0000007");
        Reply applied = Journey.earnPointsAndApply(member, "2026-08-08", "TEACHING_PUBLISHING", "10");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String renewalId = applied.text("renewalId");

        moveRenewalClockTo("2027-05-20T09:00:00+09:00");
        List<Event> reminders = await().atMost(Journey.ASYNC).until(() -> events("renewal.RenewalReminderDue.v1",
                renewalId), found -> !found.isEmpty());
        assertThat(reminders.get(0).body().path("missingSteps").toString()).contains("ACTIVITY_REPORT")
                .doesNotContain("FEE_PAYMENT");

        moveRenewalClockTo("2027-06-01T00:00:05+09:00");
        List<Event> lapsed = await().atMost(Journey.ASYNC).until(() -> events("renewal.RenewalLapsed.v1", renewalId),
                found -> !found.isEmpty());
        assertThat(lapsed.get(0).body().path("expiredOn").asText()).isEqualTo("2027-05-31");
        Journey.awaitStatus(member, "LAPSED");
        assertThat(member.get("/api/qualifications/me").text("status")).isEqualTo("LAPSED");
    }

    private static List<Event> events(String type, String renewalId) {
        return RunningStack.topic("itc.renewal.events").ofType(type).stream()
                .filter(e -> e.body().path("renewalId").asText().equals(renewalId)).toList();
    }

    private static void moveRenewalClockTo(String businessTime) throws Exception {
        int port = RunningStack.stack().config().service("renewal-service").port();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/clock"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + businessTime + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
