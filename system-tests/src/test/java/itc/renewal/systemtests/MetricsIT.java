package itc.renewal.systemtests;

import itc.renewal.embedded.stack.ServiceSpec;
import itc.renewal.embedded.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, "see it running": every service and the gateway serve their meters to Prometheus at
 * /actuator/prometheus — request latency as a histogram, each event processor's lag behind the event store (for a
 * relay that is its outbox backlog), the notification outboxes, renewal deadlines due, Kafka consumer lag. The
 * services' ports are internal; on the gateway only an operator may read them.
 */
@ExtendWith(RunningStack.class)
class MetricsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> EVENT_SOURCED = List.of("points-service", "renewal-service", "payment-service",
            "activity-report-service");

    private final StackConfig config = RunningStack.stack().config();

    @Test
    void everyServiceServesItsMetricsToPrometheus() throws Exception {
        // some traffic first, so that request and consumer meters exist
        assertThat(RunningStack.as("M0000003").get("/api/renewals/2027").status()).isEqualTo(200);
        for (ServiceSpec service : config.services()) {
            if (service.name().equals(ServiceSpec.GATEWAY)) {
                continue;
            }
            assertThat(get(service.port(), "/actuator/health/readiness", null).statusCode()).as(service.name())
                    .isEqualTo(200);
            String metrics = scrape(service.port(), null).body();
            assertThat(metrics).as(service.name()).contains("application=\"" + service.name() + "\"",
                    "http_server_requests_seconds_bucket", "jvm_memory_used_bytes");
            if (EVENT_SOURCED.contains(service.name())) {
                assertThat(metrics).as(service.name()).contains("itc_events_processor_lag_events{",
                        "processor=\"audit-trail\"");
            }
        }
        String renewal = scrape(port("renewal-service"), null).body();
        assertThat(renewal).contains("itc_events_processor_lag_events{", "processor=\"renewal-events-publisher\"",
                "itc_deadlines_due ", "spring_cloud_stream_binder_kafka_offset");
        assertThat(scrape(port("notification-service"), null).body())
                .contains("itc_outbox_pending{", "outbox=\"mail\"", "outbox=\"event\"");
    }

    @Test
    void onTheGatewayOnlyAnOperatorReadsTheMetrics() throws Exception {
        int gateway = port(ServiceSpec.GATEWAY);
        assertThat(scrape(gateway, null).statusCode()).as("anonymous").isIn(302, 401);
        assertThat(scrape(gateway, "M0000003:" + config.demoMemberPassword()).statusCode()).as("a member")
                .isEqualTo(403);
        HttpResponse<String> operator = scrape(gateway, "operator:" + config.demoOperatorPassword());
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("application=\"gateway\"", "http_server_requests_seconds_bucket");
    }

    private int port(String service) {
        return config.services().stream().filter(s -> s.name().equals(service)).findFirst().orElseThrow().port();
    }

    private static HttpResponse<String> scrape(int port, String basic) throws Exception {
        return get(port, "/actuator/prometheus", basic);
    }

    private static HttpResponse<String> get(int port, String path, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Accept", "text/plain, application/json");
        if (basic != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
