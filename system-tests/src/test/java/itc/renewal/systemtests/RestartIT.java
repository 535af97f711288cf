package itc.renewal.systemtests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Nothing is lost while renewal-service is down, and nothing happens twice when it returns. */
@ExtendWith(RunningStack.class)
class RestartIT {

    @Test
    void c1_renewalCompletesExactlyOnceAfterRenewalServiceRestarts() throws Exception {
        GatewayClient member = RunningStack.as("M0000002");
        String renewalId = Journey.applyAndAwaitOrder(member, "2026-07-07", "TEACHING_PUBLISHING");
        assertThat(Journey.payByCard(member, renewalId, "4242424242424242").status()).isEqualTo(200);
        Journey.awaitReportOpen(member);

        RunningStack.stack().stopService("renewal-service");
        assertThat(Journey.submitReport(member).status()).isEqualTo(201);
        RunningStack.stack().restartService("renewal-service");

        Journey.awaitStatus(member, "COMPLETED");
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(RunningStack.topic("itc.renewal.events").ofType("renewal.RenewalCompleted.v1").stream()
                        .filter(e -> e.body().path("renewalId").asText().equals(renewalId))
                        .map(TopicReader.Event::id).distinct()).hasSize(1));
        String email = member.get("/api/qualifications/me").text("email");
        assertThat(email).isNotBlank();
        await().atMost(Journey.ASYNC).until(() -> Journey.mailTo(email, "資格更新完了").size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> Journey.mailTo(email, "資格更新完了").size() == 1
                        && Journey.mailTo(email, "実務活動報告書を受け付けました").size() == 1);
    }
}
