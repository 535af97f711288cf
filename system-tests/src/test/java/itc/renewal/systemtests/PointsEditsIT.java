package itc.renewal.systemtests;

import itc.renewal.systemtests.GatewayClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member's own corrections through the gateway: a withdrawal frees cap room for a later entry (P2,
 * P3), a lowering correction is seen by the very next application (P5, totals may fall), and once the
 * renewal is applied the counted year is locked (P4).
 */
@ExtendWith(RunningStack.class)
class PointsEditsIT {

    @Test
    void p3_p4_p5_correctionsCountAtOnceAndTheYearLocksAfterApplying() {
        Journey.importHolder("M0000014", "0000003014C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as("M0000014");
        String firstStudy = entryId(Journey.registerPoints(member, "2026-05-10", "SELF_STUDY", "6"));
        entryId(Journey.registerPoints(member, "2026-06-10", "SELF_STUDY", "3"));
        String teaching = entryId(Journey.registerPoints(member, "2026-07-10", "TEACHING_PUBLISHING", "4"));
        awaitCountedTotal(member, "10.0");

        Reply withdrawn = member.post("/api/points/entries/" + firstStudy + "/withdrawal", "{\"reason\":\"重複登録\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        awaitCountedTotal(member, "7.0"); // the second self-study entry is no longer cut by the cap of 6

        Reply lowered = correct(member, teaching, "2026-07-10", "2");
        assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
        Reply refused = Journey.apply(member);
        assertThat(refused.status()).as("5 points right after the correction: " + refused).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("renewal.points-insufficient");

        assertThat(correct(member, teaching, "2026-07-10", "7").status()).isEqualTo(200);
        Reply applied = Journey.apply(member);
        assertThat(applied.status()).as("10 points right after the correction: " + applied).isEqualTo(201);

        await().atMost(Journey.ASYNC).untilAsserted(() -> assertThat(member.get("/api/points/entries/" + teaching
                + "/history").json().path("versions").findValuesAsText("action"))
                .containsExactly("REGISTERED", "CORRECTED", "CORRECTED"));
        await().atMost(Journey.ASYNC).untilAsserted(() -> {
            Reply locked = correct(member, teaching, "2026-07-10", "8");
            assertThat(locked.status()).as(locked.toString()).isEqualTo(409);
            assertThat(locked.text("code")).isEqualTo("points.fiscal-year-locked");
        });
        assertThat(member.get("/api/points?fiscalYear=2026").json().path("locked").asBoolean()).isTrue();
        assertThat(RunningStack.as("M0000009").post("/api/points/entries/" + teaching + "/withdrawal", "{}").status())
                .as("another member's entry").isEqualTo(403);
    }

    private static Reply correct(GatewayClient member, String entryId, String activityDate, String points) {
        return member.put("/api/points/entries/" + entryId, """
                {"activityDate":"%s","category":"TEACHING_PUBLISHING","title":"ITC実践講座 講師","points":%s,
                 "reason":"時間数の誤り"}""".formatted(activityDate, points));
    }

    private static String entryId(Reply registered) {
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.text("entryId");
    }

    /** points-service's own list is a projection, a moment behind the ledger. */
    private static void awaitCountedTotal(GatewayClient member, String total) {
        await().atMost(Journey.ASYNC).untilAsserted(() -> assertThat(member.get("/api/points?fiscalYear=2026")
                .json().path("countedTotal").decimalValue()).isEqualByComparingTo(total));
    }
}
