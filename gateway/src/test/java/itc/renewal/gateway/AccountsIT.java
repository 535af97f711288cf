package itc.renewal.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.KafkaEvents;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Accounts (issue 9): a holder on the holders topic gets a pending account and one activation mail (through
 * notification-service's outbox, signed as the gateway), the link sets the password once, and the member then logs
 * in with the form (CSRF, session in PostgreSQL, log-out) or with HTTP Basic; a forgotten password is reset the same
 * way without revealing who has an account.
 */
@ServiceIT(properties = {
        "spring.cloud.stream.bindings.holderEventsListener-in-0.group=accounts-it",
        "spring.cloud.stream.kafka.bindings.holderEventsListener-in-0.consumer.start-offset=latest"})
class AccountsIT {

    private static final RecordingBackend notification = new RecordingBackend();
    private static final Pattern LINK = Pattern.compile("/account/password\\?token=([A-Za-z0-9_%-]+)");
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @DynamicPropertySource
    static void notificationBackend(DynamicPropertyRegistry registry) {
        registry.add("NOTIFICATION_URL", notification::url);
        registry.add("PUBLIC_BASE_URL", () -> "https://members.example.jp");
    }

    @AfterAll
    static void stopBackend() {
        notification.close();
    }

    @LocalServerPort
    int port;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    @Value("${platform.identity.secret}")
    String secret;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void mailsAreAccepted() {
        notification.respond("POST", "/internal/mails", new RecordingBackend.Canned(202, "application/json",
                "{\"queued\":true}"));
    }

    @Test
    void q1_aRegisteredHolderGetsOneActivationMailWhoseLinkSetsThePasswordOnce() throws Exception {
        UUID eventId = UUID.randomUUID();
        registerHolder(eventId, "M0000301");
        RecordingBackend.Received mail = notification.nextRequest();

        assertThat(mail.uri()).isEqualTo("/internal/mails");
        IdentitySigner notificationService = new IdentitySigner("notification-service", List.of(secret));
        MockHttpServletRequest asReceived = new MockHttpServletRequest("POST", "/internal/mails");
        mail.headers().forEach((name, values) -> asReceived.addHeader(name, values.get(0)));
        assertThat(notificationService.verify(asReceived, Instant.now())).contains(Identity.service("gateway"));
        JsonNode body = json.readTree(mail.body());
        assertThat(body.get("to").asText()).isEqualTo("M0000301@example.jp");
        assertThat(body.get("subject").asText()).contains("パスワード設定のご案内");
        assertThat(body.get("body").asText()).contains("登録 太郎 様", "https://members.example.jp/account/password?token=",
                "会員番号（ログインID）: M0000301").doesNotContain("パスワード:");
        assertThat(body.get("bodyEnglish").asText()).contains("Member id (login id): M0000301");
        assertThat(status("M0000301")).isEqualTo("PENDING");
        assertThat(basicStatus("M0000301", "anything-at-all-12")).isEqualTo(401);

        registerHolder(eventId, "M0000301");
        // a later event of the same member (same partition) is processed after the redelivered one
        changeEmail("M0000301", "M0000301.new@example.jp");
        await().atMost(Duration.ofSeconds(20)).until(() -> "M0000301.new@example.jp".equals(
                jdbc.queryForObject("select email from account where username = 'M0000301'", String.class)));
        assertThat(notification.receivedNothing()).as("a redelivered event sends no second mail").isTrue();

        String token = token(body.get("body").asText());
        HttpResponse<String> form = send(get("/account/password?token=" + token));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("M0000301", "name=\"password\"", "name=\"confirmation\"");

        HttpResponse<String> tooShort = setPassword(form.body(), token, "short", "short");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("パスワードは12文字以上にしてください", "aria-invalid=\"true\"");
        HttpResponse<String> mismatch = setPassword(form.body(), token, "correct horse battery", "correct horse");
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(mismatch.body()).contains("確認用のパスワードが一致しません");
        assertThat(status("M0000301")).isEqualTo("PENDING");

        HttpResponse<String> set = setPassword(form.body(), token, "correct horse battery", "correct horse battery");
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/login?activated");
        assertThat(status("M0000301")).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select password_hash from account where username = 'M0000301'", String.class))
                .startsWith("{bcrypt}");
        assertThat(basicStatus("M0000301", "correct horse battery")).isEqualTo(200);

        HttpResponse<String> again = setPassword(form.body(), token, "another good password", "another good password");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("このリンクは使用済みか、有効期限が切れています");
        assertThat(basicStatus("M0000301", "another good password")).isEqualTo(401);
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenKeepsTheSessionInPostgresqlAndLogsOut() throws Exception {
        activate("M0000302", "form login password 1");

        HttpResponse<String> loginPage = send(get("/login"));
        HttpResponse<String> withoutToken = send(post("/login", Map.of("username", "M0000302",
                "password", "form login password 1")));
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        HttpResponse<String> wrong = send(post("/login", Map.of("username", "M0000302", "password", "wrong password",
                "_csrf", csrf(loginPage.body()))));
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(send(get("/login?error")).body()).contains("会員番号またはパスワードが正しくありません");

        HttpResponse<String> loggedIn = send(post("/login", Map.of("username", "M0000302",
                "password", "form login password 1", "_csrf", csrf(send(get("/login")).body()))));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> me = send(get("/api/me"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"memberId\":\"M0000302\"", "\"role\":\"MEMBER\"");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'M0000302'",
                Integer.class)).isEqualTo(1);

        HttpResponse<String> logout = send(post("/logout", Map.of("_csrf", csrf(send(get("/account/reset")).body()))));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(send(get("/api/me")).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'M0000302'",
                Integer.class)).isZero();
    }

    @Test
    void aForgottenPasswordIsResetByMailAndTheFormRevealsNobody() throws Exception {
        activate("M0000303", "old password for reset");

        HttpResponse<String> unknown = send(post("/account/reset", Map.of("username", "M9999999",
                "_csrf", csrf(send(get("/account/reset")).body()))));
        HttpResponse<String> known = send(post("/account/reset", Map.of("username", "M0000303",
                "_csrf", csrf(send(get("/account/reset")).body()))));

        assertThat(unknown.statusCode()).isEqualTo(202);
        assertThat(known.statusCode()).isEqualTo(202);
        assertThat(unknown.body()).contains("ご登録がある場合");
        assertThat(withoutTokens(unknown.body())).as("the same answer whether the member id exists")
                .isEqualTo(withoutTokens(known.body()));
        JsonNode mail = json.readTree(notification.nextRequest().body());
        assertThat(mail.get("subject").asText()).contains("パスワード再設定のご案内");
        assertThat(notification.receivedNothing()).as("no mail for an unknown member id").isTrue();

        String token = token(mail.get("body").asText());
        HttpResponse<String> form = send(get("/account/password?token=" + token));
        assertThat(setPassword(form.body(), token, "new password after reset", "new password after reset")
                .statusCode()).isEqualTo(302);
        assertThat(basicStatus("M0000303", "old password for reset")).isEqualTo(401);
        assertThat(basicStatus("M0000303", "new password after reset")).isEqualTo(200);
    }

    private void activate(String memberId, String password) throws Exception {
        registerHolder(UUID.randomUUID(), memberId);
        String token = token(json.readTree(notification.nextRequest().body()).get("body").asText());
        HttpResponse<String> form = send(get("/account/password?token=" + token));
        assertThat(setPassword(form.body(), token, password, password).statusCode()).isEqualTo(302);
    }

    private void registerHolder(UUID eventId, String memberId) throws Exception {
        String event = """
                {"eventId":"%s","occurredAt":"2027-04-01T00:00:00Z","memberId":"%s","name":"登録 太郎",
                 "nameKana":"トウロク タロウ","email":"%s@example.jp","certificationNumber":"0000009301A"}"""
                .formatted(eventId, memberId, memberId);
        KafkaEvents.publish(brokers, EventTypes.HOLDERS_TOPIC, memberId, eventId, "holders.HolderRegistered.v1",
                event.getBytes(StandardCharsets.UTF_8));
    }

    private void changeEmail(String memberId, String email) throws Exception {
        UUID eventId = UUID.randomUUID();
        String event = """
                {"eventId":"%s","occurredAt":"2027-04-02T00:00:00Z","memberId":"%s","name":"登録 太郎",
                 "nameKana":"トウロク タロウ","email":"%s","certificationNumber":"0000009301A"}"""
                .formatted(eventId, memberId, email);
        KafkaEvents.publish(brokers, EventTypes.HOLDERS_TOPIC, memberId, eventId, "holders.HolderContactChanged.v1",
                event.getBytes(StandardCharsets.UTF_8));
    }

    private String status(String memberId) {
        return jdbc.queryForObject("select status from account where username = ?", String.class, memberId);
    }

    private int basicStatus(String user, String password) throws IOException, InterruptedException {
        HttpClient api = HttpClient.newHttpClient();
        return api.send(HttpRequest.newBuilder(uri("/api/me")).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> setPassword(String formPage, String token, String password, String confirmation)
            throws IOException, InterruptedException {
        return send(post("/account/password", Map.of("token", token, "password", password,
                "confirmation", confirmation, "_csrf", csrf(formPage))));
    }

    private static String token(String mailBody) {
        Matcher link = LINK.matcher(mailBody);
        assertThat(link.find()).as("link in " + mailBody).isTrue();
        return java.net.URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    /** A page without its CSRF tokens, which differ on every answer. */
    private static String withoutTokens(String page) {
        return page.replaceAll("name=\"_csrf\" (content|value)=\"[^\"]*\"", "");
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("CSRF token in the page").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET();
    }

    private HttpRequest.Builder post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
