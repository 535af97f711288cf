package itc.renewal.systemtests;

import itc.renewal.contracts.identity.SignedIdentity;
import itc.renewal.embedded.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Straight to the service ports, as someone on the network would (issue 9's hardening): nothing answers without a
 * signature made with this stack's own secret for this very request to this very service, recently, once; the
 * internal API answers services only; the business clock never goes back.
 */
@ExtendWith(RunningStack.class)
class ServiceIdentityIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String POINTS = "/api/points?fiscalYear=2026";
    private static final String LOCK = "/internal/points/M0000004/fiscal-year-locks";
    private static final String LOCK_BODY = "{\"fiscalYear\":2026,\"renewalFiscalYear\":2027,\"requiredPoints\":0}";

    private final StackConfig config = RunningStack.stack().config();
    private final SignedIdentity stackSecret = new SignedIdentity(List.of(config.identitySecret()));

    @Test
    void aServicePortAnswersOnlyARequestSignedForItWithThisStacksSecretOnce() throws Exception {
        assertThat(get("points-service", POINTS, Map.of()).statusCode()).as("no signature").isEqualTo(401);

        Map<String, String> signed = member("GET", "/api/points", "points-service", Instant.now());
        assertThat(get("points-service", POINTS, signed).statusCode()).isEqualTo(200);
        assertThat(get("points-service", POINTS, signed).statusCode()).as("replayed").isEqualTo(401);

        assertThat(get("points-service", "/api/points/entries/x/history",
                member("GET", "/api/points", "points-service", Instant.now())).statusCode())
                .as("signed for another path").isEqualTo(401);
        assertThat(get("payment-service", "/api/points",
                member("GET", "/api/points", "points-service", Instant.now())).statusCode())
                .as("signed for another service").isEqualTo(401);
        assertThat(get("points-service", POINTS, member("GET", "/api/points", "points-service",
                Instant.now().minusSeconds(60))).statusCode()).as("expired").isEqualTo(401);
        assertThat(get("points-service", POINTS, member("GET", "/api/points", "points-service",
                Instant.now().plusSeconds(60))).statusCode()).as("issued in the future").isEqualTo(401);
        SignedIdentity guessed = new SignedIdentity(List.of("local-demo-identity-secret-change-me-please!!"));
        assertThat(get("points-service", POINTS, guessed.sign("GET", "/api/points", "points-service", "OP-1",
                "OPERATOR", Instant.now())).statusCode()).as("a secret read in old code").isEqualTo(401);
    }

    @Test
    void everyServicePortRefusesNoForgedExpiredAndReplayedSignatures() throws Exception {
        Map<String, String> endpoints = Map.of(
                "points-service", "/api/points",
                "renewal-service", "/api/qualifications/me",
                "payment-service", "/api/payments/orders",
                "activity-report-service", "/api/activity-reports/2027",
                "notification-service", "/api/notices");
        SignedIdentity forger = new SignedIdentity(List.of("a-guessed-secret-that-is-long-enough!!"));
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            String service = endpoint.getKey();
            String path = endpoint.getValue();
            assertThat(get(service, path, Map.of()).statusCode()).as(service + " unsigned").isEqualTo(401);
            assertThat(get(service, path, forger.sign("GET", path, service, "M0000004", "MEMBER", Instant.now()))
                    .statusCode()).as(service + " forged").isEqualTo(401);
            assertThat(get(service, path, member("GET", path, service, Instant.now().minusSeconds(31)))
                    .statusCode()).as(service + " expired").isEqualTo(401);
            Map<String, String> signed = member("GET", path, service, Instant.now());
            assertThat(get(service, path, signed).statusCode()).as(service + " signed").isEqualTo(200);
            assertThat(get(service, path, signed).statusCode()).as(service + " replayed").isEqualTo(401);
            assertThat(get(service, path, stackSecret.sign("GET", path, service, "OP-1", "OPERATOR", Instant.now()))
                    .statusCode()).as(service + " an operator on the members' API").isEqualTo(403);
        }
    }

    @Test
    void theInternalApiAnswersNobodyButAServiceAndLocksNothingForAnyoneElse() throws Exception {
        assertThat(post("points-service", LOCK, LOCK_BODY, Map.of()).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(post("points-service", LOCK.replace("/internal/", "/internal;x/"), LOCK_BODY, Map.of())
                .statusCode()).as("the path written with a parameter").isEqualTo(400);
        assertThat(post("points-service", LOCK.replace("/internal/", "/%69nternal/"), LOCK_BODY, Map.of())
                .statusCode()).as("the path written with an escape").isEqualTo(400);
        assertThat(post("points-service", LOCK, LOCK_BODY, member("POST", LOCK, "points-service", Instant.now()))
                .statusCode()).as("a member, signed").isEqualTo(403);
        HttpResponse<String> byService = post("points-service", "/internal/points/M0000004/counted-total",
                null, stackSecret.sign("GET", "/internal/points/M0000004/counted-total", "points-service",
                        "renewal-service", "SERVICE", Instant.now()));
        assertThat(byService.statusCode()).as("a GET sent as POST is another request").isEqualTo(401);
    }

    @Test
    void theBusinessClockNeverGoesBack() throws Exception {
        String clock = "/internal/clock";
        HttpResponse<String> back = send(HttpRequest.newBuilder(uri("renewal-service", clock))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"now\":\"2020-01-01T00:00:00+09:00\"}")),
                stackSecret.sign("PUT", clock, "renewal-service", "local-stack", "SERVICE", Instant.now()));
        assertThat(back.statusCode()).isEqualTo(400);
        assertThat(back.body()).contains("clock.backwards");
        assertThat(send(HttpRequest.newBuilder(uri("renewal-service", clock)).GET(), Map.of()).statusCode())
                .as("unsigned").isEqualTo(401);
    }

    private Map<String, String> member(String method, String path, String service, Instant issued) {
        return stackSecret.sign(method, path, service, "M0000004", "MEMBER", issued);
    }

    private HttpResponse<String> get(String service, String path, Map<String, String> headers) throws Exception {
        return send(HttpRequest.newBuilder(uri(service, path)).GET(), headers);
    }

    private HttpResponse<String> post(String service, String path, String body, Map<String, String> headers)
            throws Exception {
        return send(HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    private URI uri(String service, String path) {
        return URI.create("http://127.0.0.1:" + config.service(service).port() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> headers)
            throws IOException, InterruptedException {
        headers.forEach(request::header);
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
