package itc.renewal.systemtests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10: the operator console in a real headless Chromium — a fiscal year's settings and point categories,
 * registry and points imports with their row errors, a member lookup with the audit trail and its CSV, republishing
 * one member's events, a record parked on a dead-letter topic inspected and retried from the console, the bank
 * statement page and the report aggregates. Each refusal is shown on the page with the service's message and code,
 * and changes nothing. Screenshots (desktop and phone) under {@code system-tests/target/screenshots/30-…}.
 */
@ExtendWith(RunningStack.class)
class OperatorConsoleIT {

    private static final String HOLDER = "M0000071";
    private static final String PARKED_MEMBER = "M0000072";
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        if (!Browser.available()) {
            String message = "Browser tests need Debian's chromium and chromium-driver (as .ci/run installs them)";
            assertThat(System.getenv("ITC_BROWSER_TESTS")).as(message).isNotEqualTo("required");
            Assumptions.abort(message);
        }
        browser = new Browser();
        browser.open("/login").type("#username", "operator")
                .type("#password", RunningStack.stack().config().demoOperatorPassword()).submit("main button.primary");
        assertThat(browser.url()).endsWith("/operator");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void q4_q5_p2_theConsoleSetsAFiscalYearAndRefusesWhatTheServicesRefuse() {
        browser.open("/operator");
        assertThat(browser.text()).contains("運用コンソール", "年度の設定", "再配信・デッドレター");
        browser.step("30-console-home");

        browser.open("/operator/settings?fiscalYear=2031");
        assertThat(browser.text()).contains("2031年度の設定", "更新期間・更新料・規約", "実践力ポイントのカテゴリ");
        setValue("#opensAt", "2031-04-01T00:00");
        setValue("#closesAt", "2031-06-01T00:00");
        browser.type("#feeAmount", "二万円").type("#termsVersion", "2031.1").type("#termsText", "2031年度の規約");
        browser.submit("form[action$='/renewal'] button.primary");
        assertThat(browser.find("#feeAmount").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text()).contains("更新料は円単位の数字で入力してください");
        browser.step("31-settings-refused");
        browser.type("#feeAmount", "22,000");
        browser.submit("form[action$='/renewal'] button.primary");
        assertThat(browser.text()).contains("2031年度の更新期間・更新料・規約を保存しました", "22,000円", "operator");
        browser.step("32-settings-saved");

        browser.type("#code", "lower_case").type("#nameJa", "コンソール試験").type("#capPerFiscalYear", "5");
        browser.submit("form[action$='/categories'] button.primary");
        assertThat(browser.find("#code").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text()).contains("カテゴリコードは英大文字で始まる");
        browser.type("#code", "CONSOLE_TEST").click("#memberRegistrable");
        browser.submit("form[action$='/categories'] button.primary");
        assertThat(browser.text()).contains("カテゴリ CONSOLE_TEST を 2031年度の定義として保存しました", "コンソール試験");
        browser.step("33-category-saved");

        browser.open("/operator/settings?fiscalYear=31");
        assertThat(browser.text()).contains("西暦4桁");
    }

    @Test
    void q1_p2_importsShowEveryRowErrorAndTheMemberLookupShowsTheTrail() throws Exception {
        browser.open("/operator/imports");
        upload("#holders-file", "holders-bad.csv", Journey.HOLDER_HEADER
                + Journey.holderRow(HOLDER, "0000003071C", "2016-03", "2027-05-31").replace("@example.jp", "")
                + "M71,名前,ナマエ,m71@example.jp,0000003099C,2016-03,2027-05-31\n");
        browser.submit("form[action$='/holders'] button.primary");
        assertThat(browser.text()).contains("ファイルの誤り", "email", "member_id");
        assertThat(browser.all("table tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        browser.step("34-import-refused");

        upload("#holders-file", "holders.csv", Journey.HOLDER_HEADER
                + Journey.holderRow(HOLDER, "0000003071C", "2016-03", "2027-05-31"));
        browser.submit("form[action$='/holders'] button.primary");
        assertThat(browser.text()).contains("資格保有者台帳 holders.csv を取り込みました");
        upload("#points-file", "points.csv", "member_id,activity_date,category,hours,points,title\n"
                + HOLDER + ",2026-09-12,ASSOCIATION_TRAINING_CLASSROOM,3,,ITC実践研修（コンソール）\n");
        browser.submit("form[action$='/points'] button.primary");
        assertThat(browser.text()).contains("協会研修ポイント points.csv を取り込みました");
        browser.step("35-import-done");

        browser.open("/operator/members?memberId=X1");
        assertThat(browser.text()).contains("会員番号は M と7桁の数字で入力してください");
        browser.open("/operator/members?memberId=M0999999");
        assertThat(browser.text()).contains("会員番号 M0999999 の記録はありません");
        await().atMost(Journey.ASYNC).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            browser.open("/operator/members?memberId=" + HOLDER.toLowerCase());
            assertThat(browser.text()).contains(HOLDER + " の照会", "試験 071", "points-service", "operator:operator");
            assertThat(browser.all("table.trail tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        });
        browser.step("36-member");
        String csv = withSession(browser.find("a.download").getAttribute("href"));
        assertThat(csv).contains(HOLDER).contains("operator:operator");

        browser.open("/operator/replay?memberId=" + HOLDER);
        browser.type("#from-points-service", "abc").submit("#republish-points-service button");
        assertThat(browser.text()).contains("開始位置は 0 以上の整数で入力してください", "replay.position-invalid");
        browser.open("/operator/replay?memberId=" + HOLDER).submit("#republish-points-service button");
        assertThat(browser.text()).contains("points-service:", "件を再配信しました");
        browser.step("37-republished");

        browser.open("/operator/replay?memberId=" + HOLDER)
                .submit("#republish-points-service form[action$='/completeness'] button");
        assertThat(browser.text()).contains("points-service のイベントストアとトピックの照合", "itc.points.events",
                "会員 " + HOLDER + " の記録だけを照合しました");
        browser.step("44-completeness");
        browser.open("/operator/replay").submit("#projection-points-service-fiscal-year-points button");
        assertThat(browser.text()).contains("points-service の fiscal-year-points を再構築しています");
        browser.step("45-projection-rebuilt");
    }

    @Test
    void aParkedRecordIsInspectedAndRetriedFromTheConsole() throws Exception {
        String eventId = UUID.randomUUID().toString();
        DeadLetterIT.produce("itc.activity-report.events", PARKED_MEMBER, eventId, "report.ReportSubmitted.v1", """
                {"eventId":"%s","occurredAt":"2027-04-12T02:00:00Z","memberId":"%s","renewalId":"2027-%s",
                 "fiscalYear":2027,"questionnaireVersion":"2027.1"}"""
                .formatted(eventId, PARKED_MEMBER, PARKED_MEMBER));
        String row = "tr[data-event-id='" + eventId + "']";
        await().atMost(Journey.ASYNC).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open("/operator/replay");
            return !browser.all(row).isEmpty();
        });
        browser.step("38-dead-letters");
        browser.submit(row + " a");
        assertThat(browser.text()).contains("保留された記録", "report.ReportSubmitted.v1", "2027-" + PARKED_MEMBER);
        browser.step("39-dead-letter");
        browser.submit("form[action$='/retry'] button");
        assertThat(browser.text()).contains("dead-letter.retry-failed");
        browser.step("40-retry-refused");

        Journey.importHolder(PARKED_MEMBER, "0000003072C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as(PARKED_MEMBER);
        assertThat(Journey.earnPointsAndApply(member, "2026-06-10", "CASE_PRESENTATION", "10").status()).isEqualTo(201);
        browser.submit("form[action$='/retry'] button");
        assertThat(browser.text()).contains("を再処理しました");
        assertThat(browser.all(row)).as("no longer parked").isEmpty();
        browser.step("41-retried");
        await().atMost(Journey.ASYNC).untilAsserted(() -> assertThat(member.get("/api/renewals/2027").json()
                .path("steps").path("reportSubmitted").asBoolean()).isTrue());
    }

    @Test
    void f3_r4_paymentsAndReportAggregatesArePages() throws Exception {
        browser.open("/operator/payments");
        assertThat(browser.text()).contains("振込入金通知の取込", "確認が必要な入金", "支払いを手動で確認する");
        browser.type("#renewalId", "M0000001").type("#reason", "試験");
        browser.submit("form[action$='/confirmations'] button");
        assertThat(browser.text()).contains("更新IDは 年度-会員番号 の形で入力してください");
        browser.type("#renewalId", "2027-M0999999").type("#reason", "試験");
        browser.submit("form[action$='/confirmations'] button");
        assertThat(browser.text()).contains("payment.order-not-found");
        browser.step("42-payments");

        browser.open("/operator/reports?fiscalYear=2027");
        assertThat(browser.text()).contains("2027年度 実務活動報告の集計", "提出数");
        browser.step("43-reports");
        assertThat(withSession(browser.find("a.download").getAttribute("href"))).contains("fiscal_year");
    }

    private static void setValue(String css, String value) {
        browser.script("document.querySelector(arguments[0]).value = arguments[1]", css, value);
    }

    private static void upload(String css, String name, String content) throws Exception {
        Path file = Files.createTempDirectory("console-upload").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.find(css).sendKeys(file.toAbsolutePath().toString());
    }

    private static String withSession(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + browser.cookie("SESSION")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
