package itc.renewal.systemtests;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The member's journey in a real headless Chromium (issue 9): activate the account from the e-mail, log in,
 * register points, apply, pay by card, report, find the notice, download the certificate and open the verification
 * page behind its QR code; the free first renewal; a refused application; another member's and the operators' URLs;
 * a form without its CSRF token. Screenshots of every step at desktop and phone width land in
 * {@code system-tests/target/screenshots/}; axe-core finds no serious or critical violation on any page.
 */
@ExtendWith(RunningStack.class)
class BrowserJourneyIT {

    private static final Duration ASYNC = Duration.ofSeconds(60);
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        if (!Browser.available()) {
            String message = "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
                    + "chromium-driver fonts-ipaexfont, as .ci/run does)";
            assertThat(System.getenv("ITC_BROWSER_TESTS")).as(message).isNotEqualTo("required");
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshVisitor() {
        browser.forgetCookies();
    }

    @Test
    void c1_c4_c5_aMemberRenewsInTheBrowserFromTheActivationMailToTheVerifiedCertificate() throws Exception {
        String member = "M0000061";
        Journey.importHolder(member, "0000003061C", "2016-03", "2027-05-31");

        browser.open(MemberAccounts.activationLink(member)).step("01-activation");
        browser.type("#password", "browser journey secret").type("#confirmation", "browser journey secret")
                .submit("main button[type=submit]");
        assertThat(browser.text()).contains("パスワードを設定しました");
        browser.step("02-login");
        logIn(member, "browser journey secret");
        assertThat(browser.text()).contains("ITC+ メンバーページ", "お知らせ", "0000003061C", "2027年度資格更新", "未申請");
        browser.step("03-home");

        browser.open("/points?fiscalYear=2026").step("04-points");
        // a date field is typed in the browser's locale (or picked from its calendar): set its value as the picker does
        browser.script("document.getElementById('activityDate').value = '2026-10-01'");
        browser.type("#title", "ITC実践講座 講師").type("#amount", "abc");
        browser.script("document.getElementById('category').value = 'TEACHING_PUBLISHING'");
        browser.submit("#register-heading + form button[type=submit]");
        assertThat(browser.find("#amount").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.text()).contains("半角数字で入力してください");
        browser.step("05-points-error");
        assertThat(browser.find("#activityDate").getAttribute("value")).as("kept from the refused form")
                .isEqualTo("2026-10-01");
        browser.type("#amount", "10");
        browser.script("document.getElementById('category').value = 'TEACHING_PUBLISHING'");
        browser.submit("#register-heading + form button[type=submit]");
        assertThat(browser.text()).contains("ポイントを登録しました", "ITC実践講座 講師");
        browser.step("06-points-registered");

        browser.open("/renewals/2027");
        assertThat(browser.text()).contains("2027年度資格更新", "必ず年度をご確認ください", "22,000円",
                "2026年度の登録: 10.0 / 10 ポイント");
        browser.step("07-renewal-detail");
        browser.submit("form.actions button.primary");
        assertThat(browser.text()).contains("2027年度資格更新のお申し込みが完了しています。");
        browser.step("08-applied");

        await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open("/renewals/2027/payment");
            return !browser.all("#method-CARD").isEmpty();
        });
        browser.step("09-payment-method");
        browser.click("#method-CARD").submit("main form.form button.primary");
        browser.type("#cardNumber", "4242424242424242").step("10-card");
        browser.submit("main form.form button.primary");
        assertThat(browser.text()).contains("お支払いを受け付けました", "お支払い済み");
        browser.step("11-paid");

        await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open("/renewals/2027/report");
            return browser.text().contains("提出する");
        });
        browser.step("12-report");
        browser.click("#involvement-TRAINING").click("#practiceAreas-DX_SUPPORT").click("#satisfaction-4");
        browser.type("#comment", "ブラウザから提出しました。");
        browser.submit("button[value=submit]");
        assertThat(browser.text()).contains("実務活動報告書を提出しました");
        browser.step("13-report-submitted");

        await().atMost(ASYNC).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.open("/");
            return browser.text().contains("更新結果通知書ダウンロード");
        });
        assertThat(browser.text()).contains("2027年度 更新結果通知書", "2028年5月31日");
        browser.step("14-notice");
        browser.open("/?lang=en");
        assertThat(browser.text()).contains("ITC+ Member page", "Notices", "Download the renewal result notice");
        browser.step("14-notice-english");
        browser.open("/?lang=ja");
        String href = browser.find("a.download").getAttribute("href");
        byte[] pdf = withSession(href);
        String certificate;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            certificate = new PDFTextStripper().getText(document);
        }
        assertThat(certificate).contains("更新結果通知書兼資格証明書", "0000003061C", "2028年05月31日");
        Matcher qr = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/verify/\\S+)").matcher(certificate);
        assertThat(qr.find()).as("the QR code's URL is printed on the certificate").isTrue();
        browser.open(qr.group(1));
        assertThat(browser.text()).contains("0000003061C");
        browser.step("15-verification");
    }

    @Test
    void q4_aFirstRenewalIsFreeAndHasNoPaymentStep() {
        logIn("M0000006", RunningStack.stack().config().demoMemberPassword());
        browser.open("/renewals/2027");
        assertThat(browser.text()).contains("初回更新のため、更新料はかかりません");
        browser.step("20-first-renewal");
        logOut();
    }

    @Test
    void a1_anApplicationWithTooFewPointsIsRefusedWithTheCountedPoints() {
        logIn("M0000005", RunningStack.stack().config().demoMemberPassword());
        browser.open("/renewals/2027").submit("form.actions button.primary");
        assertThat(browser.text()).contains("更新用ポイントが不足です");
        browser.step("21-refused");
        logOut();
    }

    @Test
    void aMemberCanNotOpenAnotherMembersDocumentsOrTheOperatorsPageAndAFormNeedsItsToken() {
        logIn("M0000004", RunningStack.stack().config().demoMemberPassword());
        browser.open("/api/certificates/2027-M0000001");
        assertThat(browser.text()).contains("notification.certificate-not-found");
        browser.open("/operator");
        assertThat(browser.text()).doesNotContain("運用コンソール");
        browser.open("/profile");
        browser.script("document.querySelector('main form input[name=_csrf]').remove()");
        browser.type("#addressee", "書き換え").type("#senderName", "カキカエ").submit("main form button.primary");
        browser.open("/profile");
        assertThat(browser.find("#addressee").getAttribute("value")).isNotEqualTo("書き換え");
        browser.step("22-profile");
        logOut();
    }

    private static void logIn(String user, String password) {
        browser.open("/login").type("#username", user).type("#password", password).submit("main button.primary");
        assertThat(browser.url()).doesNotContain("/login");
    }

    private static void logOut() {
        browser.submit(".logout button");
        assertThat(browser.url()).contains("/login");
    }

    private static byte[] withSession(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + browser.cookie("SESSION")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
