package itc.renewal.systemtests;

import itc.renewal.embedded.TraceCollector;
import itc.renewal.embedded.stack.ServiceSpec;
import itc.renewal.systemtests.GatewayClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, OpenTelemetry traces: what follows from one request of a member is one trace, across the gateway, the
 * services, their event stores and Kafka. A client that sends its own W3C {@code traceparent} with the last step
 * (the report) finds its trace id in the {@code ce_traceparent} extension (CloudEvents distributed tracing) of the
 * ReportSubmitted the report service publishes, of the RenewalCompleted renewal-service publishes on reading it and
 * of the CertificateIssued notification-service publishes on reading that — each from a span of its own; and the
 * spans of that trace reach the stack's OTLP endpoint from the gateway and each of those services.
 */
@ExtendWith(RunningStack.class)
class TracingIT {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theLastStepsTraceReachesTheCompletionAndTheCertificateThroughKafka() {
        String member = RenewingMembers.imported(9050, 1).ids().get(0);
        GatewayClient client = RunningStack.as(member);
        Reply applied = Journey.apply(client);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String renewalId = applied.text("renewalId");
        Journey.awaitOrder(client, renewalId);
        assertThat(Journey.payByCard(client, renewalId, "4242424242424242").status()).isEqualTo(200);
        Journey.awaitReportOpen(client);

        String traceId = random(16);
        String clientSpan = random(8);
        Reply report = Journey.submitReport(client.with("traceparent", "00-" + traceId + "-" + clientSpan + "-01"));
        assertThat(report.status()).as(report.toString()).isEqualTo(201);

        for (List<String> published : List.of(
                List.of("itc.activity-report.events", "report.ReportSubmitted.v1"),
                List.of("itc.renewal.events", "renewal.RenewalCompleted.v1"),
                List.of("itc.notification.events", "certificate.CertificateIssued.v1"))) {
            String traceparent = await(published.get(1)).atMost(Journey.ASYNC).until(() -> RunningStack
                    .topic(published.get(0)).ofType(published.get(1)).stream().filter(e -> e.key().equals(member))
                    .map(e -> e.headers().getOrDefault("ce_traceparent", "")).findFirst().orElse(""),
                    value -> !value.isEmpty());
            String[] parts = traceparent.split("-");
            assertThat(parts).as(published.get(1) + " " + traceparent).hasSize(4);
            assertThat(parts[1]).as(published.get(1) + ": the client's trace").isEqualTo(traceId);
            assertThat(parts[2]).as(published.get(1) + ": published from a span of the system's")
                    .isNotEqualTo(clientSpan).matches("[0-9a-f]{16}");
        }
        // and the spans themselves reach an OpenTelemetry collector (OTLP/HTTP) from every service on the way
        TraceCollector collector = RunningStack.stack().traces().orElseThrow();
        List<String> onTheWay = List.of(ServiceSpec.GATEWAY, "activity-report-service", "renewal-service",
                "notification-service");
        await("spans exported").atMost(Journey.ASYNC).untilAsserted(() -> assertThat(
                collector.servicesReporting(traceId, onTheWay)).containsExactlyInAnyOrderElementsOf(onTheWay));
    }

    private static String random(int bytes) {
        byte[] id = new byte[bytes];
        new SecureRandom().nextBytes(id);
        return HEX.formatHex(id);
    }
}
