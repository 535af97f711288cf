package itc.renewal.systemtests;

import itc.renewal.systemtests.GatewayClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's bulk files through the gateway: a malformed file is refused whole with row-level
 * errors and changes nothing (P6, Q1); a good file is imported; the same file again changes nothing.
 */
@ExtendWith(RunningStack.class)
class ImportsIT {

    private static final String POINTS_HEADER = "member_id,activity_date,category,hours,points,title\n";

    @Test
    void p2_p6_associationPointsImportIsAllOrNothingAndIdempotent() {
        GatewayClient operator = RunningStack.operator();
        Journey.importHolder("M0000011", "0000003011C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as("M0000011");
        String goodRow = "M0000011,2026-09-12,ASSOCIATION_TRAINING_CLASSROOM,3,,ITC実践研修（システムテスト）\n";

        Reply malformed = operator.postCsv("/api/operator/points/imports", POINTS_HEADER + goodRow
                + "M0000011,2099-01-01,ASSOCIATION_TRAINING_CLASSROOM,3,,未来の研修\n"
                + "M0000011,2026-10-01,NO_SUCH_CATEGORY,,2,不明なカテゴリ\n");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(422);
        assertThat(malformed.json().path("errors").findValuesAsText("row")).containsExactly("3", "4");
        assertThat(malformed.json().path("errors").findValuesAsText("column"))
                .containsExactly("activity_date", "category");
        assertThat(member.get("/api/points?fiscalYear=2026").json().path("entries")).isEmpty();

        Reply imported = operator.postCsv("/api/operator/points/imports", POINTS_HEADER + goodRow);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(1);
        Reply again = operator.postCsv("/api/operator/points/imports", POINTS_HEADER + goodRow);
        assertThat(again.json().path("imported").asInt()).as(again.toString()).isZero();
        assertThat(again.json().path("skipped").asInt()).isEqualTo(1);

        // The member's list is points-service's projection, a moment behind the import.
        await().atMost(Journey.ASYNC).untilAsserted(() -> {
            Reply points = member.get("/api/points?fiscalYear=2026");
            assertThat(points.json().path("entries")).as(points.toString()).hasSize(1);
            assertThat(points.json().path("entries").get(0).path("points").decimalValue())
                    .isEqualByComparingTo("1.5");
            assertThat(points.json().path("entries").get(0).path("registeredByAssociation").asBoolean()).isTrue();
        });
    }

    @Test
    void q1_registryImportIsAllOrNothingAndIdempotent() {
        GatewayClient operator = RunningStack.operator();
        GatewayClient holder = RunningStack.as("M0000012");
        String good = Journey.holderRow("M0000012", "0000003012C", "2016-03", "2027-05-31");
        String path = "/api/operator/qualifications/imports";

        Reply malformed = operator.postCsv(path, Journey.HOLDER_HEADER + good
                + Journey.holderRow("M0000015", "12345", "2016-03", "")
                + Journey.holderRow("M0000016", "0000003016C", "2016-03", "2027-06-30"));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(422);
        assertThat(malformed.json().path("errors").findValuesAsText("row")).containsExactly("3", "4");
        assertThat(malformed.json().path("errors").findValuesAsText("column"))
                .containsExactly("certification_number", "expiry");
        assertThat(new GatewayClient(RunningStack.stack().config().gatewayUrl(), "M0000012", "any password at all")
                .get("/api/qualifications/me").status()).as("no account before the registry has the holder")
                .isEqualTo(401);

        Reply imported = operator.postCsv(path, Journey.HOLDER_HEADER + good);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(1);
        Reply again = operator.postCsv(path, Journey.HOLDER_HEADER + good);
        assertThat(again.json().path("imported").asInt()).as(again.toString()).isZero();
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(1);

        Reply me = holder.get("/api/qualifications/me");
        assertThat(me.text("certificationNumber")).as(me.toString()).isEqualTo("0000003012C");
        assertThat(me.text("expiry")).isEqualTo("2027-05-31");
        assertThat(me.json().path("nextRenewal").path("fiscalYear").asInt()).isEqualTo(2027);
        assertThat(me.json().path("nextRenewal").path("open").asBoolean()).isTrue();
        assertThat(me.json().path("nextRenewal").path("status").asText()).isEqualTo("NOT_APPLIED");
    }

    @Test
    void p6_membersCannotImport() {
        Reply refused = RunningStack.as("M0000005").postCsv("/api/operator/points/imports", POINTS_HEADER);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        Reply registry = RunningStack.as("M0000005").postCsv("/api/operator/qualifications/imports",
                Journey.HOLDER_HEADER);
        assertThat(registry.status()).as(registry.toString()).isEqualTo(403);
    }
}
