package itc.renewal.gateway;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIT(properties = {
        "gateway.demo-accounts.member-password=" + GatewayRoutingIT.PASSWORD,
        "gateway.demo-accounts.operator-password=" + GatewayRoutingIT.OPERATOR_PASSWORD,
        "spring.cloud.stream.bindings.holderEventsListener-in-0.group=gateway-routing-it",
        "spring.cloud.stream.kafka.bindings.holderEventsListener-in-0.consumer.start-offset=latest"})
class GatewayRoutingIT {

    static final String PASSWORD = "routing-it-member-pass";
    static final String OPERATOR_PASSWORD = "routing-it-operator-pass";

    private static final RecordingBackend points = new RecordingBackend();
    private static final String POINTS_JSON =
            "{\"memberId\":\"M0000001\",\"fiscalYear\":2026,\"entries\":[],\"rawTotal\":0.0,\"countedTotal\":0.0}";
    private static final String INSUFFICIENT = "{\"status\":422,\"code\":\"renewal.points-insufficient\","
            + "\"detail\":\"更新用ポイントが不足です（2026年度の登録: 9.0 / 10 ポイント）\"}";

    @DynamicPropertySource
    static void routeToBackend(DynamicPropertyRegistry registry) {
        registry.add("POINTS_URL", points::url);
        registry.add("RENEWAL_URL", () -> "http://127.0.0.1:" + closedPort());
    }

    @AfterAll
    static void stopBackend() {
        points.close();
    }

    @LocalServerPort
    int port;

    @Value("${platform.identity.secret}")
    String secret;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void cannedResponses() {
        points.respond("GET", "/api/points",
                new RecordingBackend.Canned(200, "application/json;charset=UTF-8", POINTS_JSON));
        points.respond("POST", "/api/points/entries",
                new RecordingBackend.Canned(422, "application/problem+json", INSUFFICIENT));
    }

    @Test
    void refusesRequestWithoutCredentialsWithProblemAndBasicChallenge() throws Exception {
        HttpResponse<String> response = send(get("/api/points?fiscalYear=2026"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"ITC Renewal\""));
        assertThat(response.body()).contains("\"status\":401", "ログインが必要です", "identity.login-required");
        assertThat(points.receivedNothing()).isTrue();
    }

    @Test
    void refusesWrongPassword() throws Exception {
        HttpResponse<String> response = send(get("/api/points").header("Authorization", basic("M0000001", "nope")));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("ログインが必要です");
        assertThat(points.receivedNothing()).isTrue();
    }

    @Test
    void forwardsWithSignedIdentityReplacingForgedHeadersAndWithoutPassword() throws Exception {
        HttpResponse<String> response = send(get("/api/points?fiscalYear=2026")
                .header("Authorization", basic("M0000001", PASSWORD))
                .header("X-ITC-Subject", "M0000002")
                .header("X-ITC-Role", "OPERATOR")
                .header("X-ITC-Signature", "forged"));

        RecordingBackend.Received received = points.nextRequest();
        assertThat(received.uri()).isEqualTo("/api/points?fiscalYear=2026");
        assertThat(received.headers().get("X-ITC-Subject")).containsExactly("M0000001");
        assertThat(received.headers().get("X-ITC-Role")).containsExactly("MEMBER");
        assertThat(received.headers().containsKey("Authorization")).isFalse();
        assertThat(received.headers().containsKey("Upgrade")).as("plain HTTP/1.1 to services").isFalse();
        assertThat(received.headers().get("X-ITC-Audience")).containsExactly("points-service");
        IdentitySigner pointsService = new IdentitySigner("points-service", List.of(secret));
        MockHttpServletRequest asReceived = new MockHttpServletRequest("GET", "/api/points");
        received.headers().forEach((name, values) -> asReceived.addHeader(name, values.get(0)));
        assertThat(pointsService.verify(asReceived, Instant.now())).contains(Identity.member("M0000001"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
        assertThat(response.headers().firstValue("X-Backend")).contains("points");
        assertThat(response.body()).isEqualTo(POINTS_JSON);
    }

    @Test
    void passesRejectionProblemAndRequestBodyThroughUnchanged() throws Exception {
        String entry = "{\"activityDate\":\"2026-10-01\",\"category\":\"SELF_STUDY\",\"title\":\"読書\",\"points\":2.5}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/points/entries"))
                .header("Authorization", basic("M0000001", PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(entry, StandardCharsets.UTF_8)));

        RecordingBackend.Received received = points.nextRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo(entry);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).isEqualTo(INSUFFICIENT);
    }

    @Test
    void answersBadGatewayProblemWhenServiceIsDown() throws Exception {
        HttpResponse<String> response = send(get("/api/renewals/2027").header("Authorization", basic("M0000001", PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("サービスに一時的に接続できません", "gateway.service-unavailable");
    }

    @Test
    void answersWhoIsLoggedInItself() throws Exception {
        HttpResponse<String> member = send(get("/api/me").header("Authorization", basic("M0000001", PASSWORD)));
        HttpResponse<String> operator = send(get("/api/me").header("Authorization", basic("operator", OPERATOR_PASSWORD)));

        assertThat(member.statusCode()).isEqualTo(200);
        assertThat(member.body()).isEqualTo("{\"memberId\":\"M0000001\",\"role\":\"MEMBER\"}");
        assertThat(operator.body()).isEqualTo("{\"memberId\":\"operator\",\"role\":\"OPERATOR\"}");
        assertThat(points.receivedNothing()).isTrue();
    }

    @Test
    void aPageWithoutLoginLeadsToTheLoginFormInJapaneseWithAnEnglishSwitch() throws Exception {
        HttpResponse<String> home = send(get("/"));
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));

        HttpResponse<String> login = send(get("/login"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(login.body()).contains("<html lang=\"ja\"", "会員番号", "パスワードをお忘れの方",
                "name=\"_csrf\"", "lang=en");
        assertThat(send(get("/login?lang=en")).body()).contains("<html lang=\"en\"", "Member id");
        assertThat(send(get("/account/password?token=abc")).body()).as("the switch keeps the page's own query")
                .contains("href=\"/account/password?token=abc&amp;lang=en\"");
        assertThat(send(get("/holderEventsListener")).statusCode()).as("the Kafka listener is no HTTP endpoint")
                .isEqualTo(302);
    }

    @Test
    void thirtyWrongPasswordsInARowMeetASlowDownAndTheRightOneIsNotEvenChecked() throws Exception {
        int refused = 0;
        int slowed = 0;
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> response = send(get("/api/points").header("Authorization",
                    basic("M0000010", "guess-" + attempt)));
            refused += response.statusCode() == 401 ? 1 : 0;
            slowed += response.statusCode() == 429 ? 1 : 0;
        }
        HttpResponse<String> right = send(get("/api/points").header("Authorization", basic("M0000010", PASSWORD)));

        assertThat(refused).isEqualTo(5);
        assertThat(slowed).isEqualTo(25);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.body()).contains("identity.too-many-attempts");
        assertThat(points.receivedNothing()).isTrue();
    }

    @Test
    void answersCarryProtectiveHeadersAndAPaddedRequestIsRefusedWith413() throws Exception {
        HttpResponse<String> page = send(get("/login"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("frame-ancestors 'none'"));

        HttpResponse<String> api = send(get("/api/points?fiscalYear=2026")
                .header("Authorization", basic("M0000001", PASSWORD)));
        assertThat(api.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(api.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        points.nextRequest();

        String padded = "{\"activityDate\":\"2026-10-01\",\"points\":1,\"title\":\""
                + "x".repeat(1024 * 1024) + "\"}";
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(uri("/api/points/entries"))
                .header("Authorization", basic("M0000001", PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(padded)));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("request.too-large");
    }

    // Nothing listens on a port just released, so requests routed there fail to connect.
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
