package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.platformtest.ServiceDriver;
import itc.renewal.platformtest.ServiceIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static itc.renewal.renewal.MemberRequests.PATIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What other services' events do to renewals, through real Kafka and PostgreSQL: payment and report complete an
 * applied renewal (C1, Q2), points events set the counted total (Q3, P3). Same stand-in points-service as
 * {@link RenewalServiceIT}: it locks the counted year on applying (P4) and answers no counted totals (P5 fallback).
 */
@ServiceIT(properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-04-10T10:00:00+09:00"})
@Import({MemberRequests.class, UpstreamEvents.class, PublishedRenewalEvents.class})
class UpstreamEventsIT extends AgainstPointsService {

    @Autowired
    MemberRequests member;
    @Autowired
    UpstreamEvents upstream;
    @Autowired
    PublishedRenewalEvents renewalEvents;

    @Test
    void c1_payingHolderCompletesAfterPaymentAndReportAndGetsNewExpiry() {
        upstream.registerCountedPoints(POINTS_SERVICE, "M0000001", "10");
        member.awaitCountedPoints("M0000001", "10.0");

        ResponseEntity<JsonNode> applied = member.apply("M0000001", "2027.1");
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(applied.getBody().get("renewalId").asText()).isEqualTo("2027-M0000001");
        assertThat(applied.getBody().get("feeAmount").decimalValue()).isEqualByComparingTo("22000");
        assertThat(applied.getBody().get("feeWaived").asBoolean()).isFalse();
        assertThat(applied.getBody().get("status").asText()).isEqualTo("APPLIED");

        JsonNode renewalApplied = renewalEvents.await("renewal.RenewalApplied.v1", "M0000001", PATIENCE);
        assertThat(renewalApplied.get("feeAmount").decimalValue()).isEqualByComparingTo("22000");
        assertThat(renewalApplied.get("termsVersion").asText()).isEqualTo("2027.1");

        UUID feePaidId = UUID.randomUUID();
        upstream.send(EventTypes.PAYMENT_TOPIC, "M0000001", feePaidId, new FeePaid(feePaidId, Instant.now(),
                "M0000001", "2027-M0000001", 2027, new BigDecimal("22000"), "JPY", "CARD"));
        UUID reportId = UUID.randomUUID();
        upstream.send(EventTypes.REPORT_TOPIC, "M0000001", reportId, new ReportSubmitted(reportId, Instant.now(),
                "M0000001", "2027-M0000001", 2027, "2027.1"));

        JsonNode completed = renewalEvents.await("renewal.RenewalCompleted.v1", "M0000001", PATIENCE);
        assertThat(completed.get("renewalId").asText()).isEqualTo("2027-M0000001");
        assertThat(completed.get("newExpiry").asText()).isEqualTo("2028-05-31");
        assertThat(completed.get("certificationNumber").asText()).isEqualTo("0000002001C");
        assertThat(completed.get("certifiedIn").asText()).isEqualTo("2016-03");
        assertThat(completed.has("holderName") || completed.has("email"))
                .as("names and e-mail addresses travel on itc.holders only").isFalse();

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(member.get("M0000001", "/api/renewals/2027").get("status").asText()).isEqualTo("COMPLETED");
            assertThat(member.get("M0000001", "/api/qualifications/me").get("expiry").asText())
                    .isEqualTo("2028-05-31");
        });
    }

    /** The points ledger's sequence, not business time (a restarted demo clock goes back), decides. */
    @Test
    void q3_aStaleReportWithALaterBusinessTimeDoesNotReplaceTheNewerTotal() {
        Instant demoStart = Instant.now();
        upstream.registerCountedPoints("M0000003", 2026, "12", demoStart, 5);
        upstream.registerCountedPoints("M0000003", 2026, "3", demoStart.plus(Duration.ofHours(1)), 4);
        // Kafka keeps one member's events in order: once this one counts, the stale one was handled.
        upstream.registerCountedPoints("M0000003", 2025, "1", demoStart, 6);

        member.awaitCountedPoints("M0000003", 2026, "1");
        assertThat(member.get("M0000003", "/api/renewals/2027").get("countedPoints").decimalValue())
                .isEqualByComparingTo("12");
    }

    /** P3: a correction that moves an entry to FY2027 and a withdrawal each lower the FY2026 total. */
    @Test
    void p3_correctedAndWithdrawnEntriesLowerTheCountedTotal() {
        upstream.registerCountedPoints("M0000007", 2026, "12", Instant.now(), 1);
        member.awaitCountedPoints("M0000007", "12");

        UUID correctionId = UUID.randomUUID();
        PointsEntryCorrected moved = new PointsEntryCorrected(correctionId, Instant.now(), "M0000007", "entry-1",
                LocalDate.of(2027, 4, 2), 2027, "SELF_STUDY", new BigDecimal("2"), new BigDecimal("2"), 2026,
                new BigDecimal("10"), 2);
        upstream.send(EventTypes.POINTS_TOPIC, "M0000007", correctionId, moved);
        member.awaitCountedPoints("M0000007", "10");
        member.awaitCountedPoints("M0000007", 2028, "2");

        upstream.withdraw("M0000007", 2026, "8", 3);
        member.awaitCountedPoints("M0000007", "8");
    }

    /** An older event, redelivered (same id) or arriving late (another id), never overwrites a newer total. */
    @Test
    void p3_anOlderRedeliveredEventDoesNotOverwriteAWithdrawal() {
        UUID registrationId = UUID.randomUUID();
        PointsRegistered registered = new PointsRegistered(registrationId, Instant.now(), "M0000008", "entry-1",
                LocalDate.of(2026, 10, 1), 2026, "SELF_STUDY", new BigDecimal("11"), new BigDecimal("11"), 1L);
        upstream.send(EventTypes.POINTS_TOPIC, "M0000008", registrationId, registered);
        upstream.withdraw("M0000008", 2026, "9", 2);
        member.awaitCountedPoints("M0000008", "9");

        upstream.send(EventTypes.POINTS_TOPIC, "M0000008", registrationId, registered);
        upstream.registerCountedPoints("M0000008", 2026, "11", Instant.now(), 1);
        // Kafka keeps one member's events in order: once this one counts, the stale ones were handled.
        upstream.withdraw("M0000008", 2025, "1", 3);
        member.awaitCountedPoints("M0000008", 2026, "1");

        assertThat(member.get("M0000008", "/api/renewals/2027").get("countedPoints").decimalValue())
                .isEqualByComparingTo("9");
    }

    /** A fact about a renewal this service does not know can never succeed: parked at once, with its reason. */
    @Test
    void c1_aPaymentOfAnUnknownRenewalIsParkedAtOnceWithItsReason() {
        UUID feePaidId = UUID.randomUUID();
        long started = System.nanoTime();
        upstream.send(EventTypes.PAYMENT_TOPIC, "M0009999", feePaidId, new FeePaid(feePaidId, Instant.now(),
                "M0009999", "2027-M0009999", 2027, new BigDecimal("22000"), "JPY", "CARD"));

        List<ConsumerRecord<String, byte[]>> parked = member.recordsUpTo("error.itc.payment.events.renewal-service",
                record -> feePaidId.toString().equals(ServiceDriver.header(record, "ce_id")), record -> true);

        // Ten attempts with back-off would take minutes; a record that cannot succeed is not retried.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(ServiceDriver.header(parked.get(0), "x-exception-stacktrace"))
                .contains("AggregateNotFoundException");
    }
}
