package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.systemtests.GatewayClient.Reply;
import itc.renewal.systemtests.TopicReader.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10, as operators and auditors use it through the gateway: the audit trail of a full journey lists each step
 * once, in order, with its actor; republishing one member's events lets a fresh consumer rebuild the same state;
 * bad requests get a clear 4xx and start nothing.
 */
@ExtendWith(RunningStack.class)
class OperatorAuditIT {

    @Test
    void theAuditTrailOfAJourneyListsEachStepOnceInOrderWithItsActor() {
        String memberId = "M0000032";
        Journey.importHolder(memberId, "0000003032C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as(memberId);
        String renewalId = Journey.applyAndAwaitOrder(member, "2026-06-10", "CASE_PRESENTATION");
        assertThat(Journey.payByCard(member, renewalId, "4242424242424242").status()).isEqualTo(200);
        Journey.awaitReportOpen(member);
        assertThat(Journey.submitReport(member).status()).isEqualTo(201);
        Journey.awaitStatus(member, "COMPLETED");

        GatewayClient operator = RunningStack.operator();
        List<JsonNode> entries = await("the completion and the certificate on the trail").atMost(Journey.ASYNC)
                .until(() -> entries(operator.get("/api/operator/audit/" + memberId)),
                        trail -> trail.stream().anyMatch(e -> e.path("type").asText().equals("CertificateIssued")));
        List<String> types = entries.stream().map(e -> e.path("type").asText()).toList();
        assertThat(types).containsSubsequence("HolderRegisteredEvent", "PointsRegisteredEvent", "RenewalAppliedEvent",
                "PaymentOrderOpenedEvent", "CardPaymentSucceededEvent", "FeePaymentRecordedEvent",
                "RenewalCompletedEvent", "CertificateIssued");
        assertThat(types).containsSubsequence("RenewalAppliedEvent", "ActivityReportOpenedEvent",
                "ActivityReportSubmittedEvent", "ReportSubmissionRecordedEvent");
        for (String once : List.of("RenewalAppliedEvent", "CardPaymentSucceededEvent", "ActivityReportSubmittedEvent",
                "RenewalCompletedEvent")) {
            assertThat(types.stream().filter(once::equals)).as(once + " once").hasSize(1);
        }
        Map<String, String> actors = new TreeMap<>();
        entries.forEach(e -> actors.putIfAbsent(e.path("type").asText(), e.path("actor").asText()));
        assertThat(actors).containsEntry("PointsRegisteredEvent", "member:" + memberId)
                .containsEntry("RenewalAppliedEvent", "member:" + memberId)
                .containsEntry("CardPaymentSucceededEvent", "member:" + memberId)
                .containsEntry("ActivityReportSubmittedEvent", "member:" + memberId)
                .containsEntry("PaymentOrderOpenedEvent", "system:payment-service")
                .containsEntry("RenewalCompletedEvent", "system:renewal-service")
                .containsEntry("PointsFiscalYearLockedEvent", "member:" + memberId);
        assertThat(actors.get("HolderRegisteredEvent")).startsWith("operator:");
        JsonNode applied = entries.get(types.indexOf("RenewalAppliedEvent"));
        JsonNode opened = entries.get(types.indexOf("PaymentOrderOpenedEvent"));
        assertThat(opened.path("correlationId").asText()).as("the order follows from the application's journey")
                .isEqualTo(applied.path("correlationId").asText());
        assertThat(opened.path("causationId").asText()).as("caused by the application")
                .isEqualTo(applied.path("eventId").asText());
        JsonNode locked = entries.get(types.indexOf("PointsFiscalYearLockedEvent"));
        assertThat(locked.path("causationId").asText()).as("the year locked by the member's application request")
                .isEqualTo(applied.path("causationId").asText());

        // the renewal as it stood: now, and right when the application was recorded
        JsonNode now = operator.get("/api/operator/audit/" + memberId).json().path("renewals").path(0);
        assertThat(now.path("status").asText()).isEqualTo("COMPLETED");
        JsonNode atApplication = operator.get("/api/operator/audit/" + memberId + "?asOf="
                + applied.path("occurredAt").asText()).json().path("renewals").path(0);
        assertThat(atApplication.path("status").asText()).isEqualTo("APPLIED");
        assertThat(atApplication.path("feeSettled").asBoolean()).isFalse();
        assertThat(atApplication.path("reportSubmitted").asBoolean()).isFalse();

        Reply csv = operator.get("/api/operator/audit/" + memberId + "?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().split("\r\n")).hasSizeGreaterThan(entries.size());
        assertThat(csv.raw()).contains("RenewalCompletedEvent,system:renewal-service");
        assertThat(csv.raw()).startsWith("occurred_at,service,type,actor,");

        assertProblem(operator.get("/api/operator/audit/" + memberId + "?asOf=2020-01-01T00:00:00Z"), 404,
                "audit.member-unknown");
        assertProblem(operator.get("/api/operator/audit/someone"), 400, "audit.member-id-invalid");
        assertProblem(operator.get("/api/operator/audit/" + memberId + "?format=xml"), 400, "audit.format-invalid");
        assertProblem(operator.get("/api/operator/audit/" + memberId + "?asOf=yesterday"), 400, "audit.as-of-invalid");
        assertProblem(member.get("/api/operator/audit/" + memberId), 403, "operator.role-required");
    }

    @Test
    void republishingOneMembersEventsLetsAFreshConsumerRebuildTheSameState() {
        String memberId = "M0000033";
        Journey.importHolder(memberId, "0000003033C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as(memberId);
        assertThat(Journey.registerPoints(member, "2026-05-10", "SELF_STUDY", "2").status()).isEqualTo(201);
        assertThat(Journey.registerPoints(member, "2026-06-10", "SELF_STUDY", "3").status()).isEqualTo(201);
        TopicReader points = RunningStack.topic("itc.points.events");
        await().atMost(Journey.ASYNC).until(() -> recordsOf(points, memberId).size() == 2);
        Map<String, String> before = state(recordsOf(points, memberId));

        Reply republished = RunningStack.operator().post("/api/operator/replay/points-service/republish",
                "{\"memberId\":\"" + memberId + "\"}");

        assertThat(republished.status()).as(republished.toString()).isEqualTo(200);
        assertThat(republished.json().path("recordsPublished").asLong()).isEqualTo(2);
        List<Event> after = await().atMost(Journey.ASYNC).until(() -> recordsOf(points, memberId), r -> r.size() == 4);
        assertThat(after.stream().map(Event::id).distinct()).as("the original ids, nothing new").hasSize(2);
        assertThat(state(after)).as("a consumer deduplicating by id rebuilds the same state").isEqualTo(before);

        Reply unknown = RunningStack.operator().post("/api/operator/replay/points-service/republish",
                "{\"fromPosition\":999999999}");
        assertProblem(unknown, 400, "replay.position-invalid");
    }

    /** A subscriber's state: the counted total of each fiscal year, from the record of the highest ledger sequence. */
    private static Map<String, String> state(List<Event> records) {
        Map<String, JsonNode> latest = new TreeMap<>();
        records.stream().collect(java.util.stream.Collectors.toMap(Event::id, e -> e, (a, b) -> a)).values()
                .forEach(e -> latest.merge(e.body().path("fiscalYear").asText(), e.body(),
                        (a, b) -> a.path("ledgerSequence").asLong() >= b.path("ledgerSequence").asLong() ? a : b));
        Map<String, String> totals = new TreeMap<>();
        latest.forEach((year, body) -> totals.put(year, body.path("fiscalYearCountedTotal").decimalValue()
                .stripTrailingZeros().toPlainString()));
        return totals;
    }

    private static List<Event> recordsOf(TopicReader topic, String memberId) {
        return topic.readAll().stream().filter(e -> memberId.equals(e.key())).toList();
    }

    private static List<JsonNode> entries(Reply trail) {
        assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        trail.json().path("entries").forEach(entries::add);
        return entries;
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.text("code")).isEqualTo(code);
    }
}
