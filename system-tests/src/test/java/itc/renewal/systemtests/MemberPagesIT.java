package itc.renewal.systemtests;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The member page (issue 9) walked as a member does in a browser without JavaScript, against the real stack: a
 * holder imported by the operator activates the account from the mail, logs in with the form, registers points
 * (a wrong one is refused next to its field), reads 資格更新「詳細」, applies with 「上記の規約に同意し、申請する」, pays
 * by card, answers the report, and finds the 更新結果通知書 among the notices. Members only see their own data, an
 * operator page refuses them, and a form without its CSRF token changes nothing.
 */
@ExtendWith(RunningStack.class)
class MemberPagesIT {

    private static final Duration ASYNC = Duration.ofSeconds(60);
    private static final String MEMBER = "M0000051";

    @Test
    void c1_c4_aMemberRenewsThroughThePagesFromActivationToTheCertificate() throws Exception {
        Journey.importHolder(MEMBER, "0000003051C", "2016-03", "2027-05-31");
        PageClient browser = PageClient.loggedIn(MEMBER, MemberAccounts.passwordOf(MEMBER));

        PageClient.Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.html()).contains("ITC+ メンバーページ", "お知らせ", "0000003051C", "認定番号", "資格有効期限",
                "2027年5月31日", "2027年度資格更新", "未申請");

        browser.get("/points?fiscalYear=2026");
        PageClient.Page wrong = browser.submit("/points", "fiscalYear", "2026", "activityDate", "2099-01-01",
                "category", "TEACHING_PUBLISHING", "title", "未来の講座", "amount", "10");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html()).contains("activityDate-error", "活動日に未来の日付は指定できません",
                "aria-invalid=\"true\"", "value=\"未来の講座\"");
        PageClient.Page registered = browser.submit("/points", "fiscalYear", "2026", "activityDate", "2026-10-01",
                "category", "TEACHING_PUBLISHING", "title", "ITC実践講座 講師", "amount", "10");
        assertThat(registered.status()).as(registered.html()).isEqualTo(302);
        await().atMost(ASYNC).untilAsserted(() -> assertThat(browser.get("/points?fiscalYear=2026").html())
                .contains("ITC実践講座 講師", "講師・執筆", "<strong>10.0</strong>"));

        PageClient.Page detail = browser.get("/renewals/2027");
        assertThat(detail.html()).contains("資格更新「詳細」", "2027年度資格更新", "必ず年度をご確認ください",
                "22,000円", "上記の規約に同意し、申請する", "2026年度の登録: 10.0 / 10 ポイント");
        PageClient.Page applied = browser.submit("/renewals/2027", "termsVersion", "2027.1");
        assertThat(applied.status()).as(applied.html()).isEqualTo(302);
        assertThat(browser.follow().html()).contains("2027年度資格更新のお申し込みが完了しています。", "更新料のお支払い",
                "実務活動報告書の提出");
        PageClient.Page again = browser.get("/renewals/2027");
        assertThat(again.html()).doesNotContain("上記の規約に同意し、申請する");

        await().atMost(ASYNC).untilAsserted(() -> assertThat(browser.get("/renewals/2027/payment").html())
                .contains("お支払い方法", "クレジットカード", "銀行振込", "コンビニ払い", "お申し込み後の支払方法変更はできません"));
        assertThat(browser.submit("/renewals/2027/payment/method", "method", "CARD").status()).isEqualTo(302);
        PageClient.Page card = browser.get("/renewals/2027/payment");
        assertThat(card.html()).contains("カード番号");
        String key = card.html().replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
        PageClient.Page declined = browser.submit("/renewals/2027/payment/card", "cardNumber", "4000000000000002",
                "idempotencyKey", key);
        assertThat(declined.status()).isEqualTo(402);
        assertThat(declined.html()).contains("カード決済が承認されませんでした");
        String retryKey = declined.html().replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
        assertThat(retryKey).as("a refused card gets a new attempt").isNotEqualTo(key);
        PageClient.Page paid = browser.submit("/renewals/2027/payment/card", "cardNumber", "4242 4242 4242 4242",
                "idempotencyKey", retryKey);
        assertThat(paid.status()).as(paid.html()).isEqualTo(302);
        assertThat(browser.follow().html()).contains("お支払いを受け付けました", "お支払い済み");

        await().atMost(ASYNC).untilAsserted(() -> assertThat(browser.get("/renewals/2027/report").html())
                .contains("関与状況", "満足度", "提出する"));
        PageClient.Page incomplete = browser.submit("/renewals/2027/report", "action", "submit",
                "q.involvement", "TRAINING");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.html()).contains("回答してください（必須）。", "id=\"involvement-TRAINING\" checked=\"checked\"");
        browser.get("/renewals/2027/report");
        assertThat(browser.submit("/renewals/2027/report", "action", "draft", "q.involvement", "TRAINING",
                "q.satisfaction", "4").status()).isEqualTo(302);
        assertThat(browser.follow().html()).contains("一時保存しました", "id=\"satisfaction-4\" checked=\"checked\"");
        PageClient.Page submitted = browser.submit("/renewals/2027/report", "action", "submit",
                "q.involvement", "TRAINING", "q.practiceAreas", "DX_SUPPORT", "q.satisfaction", "4",
                "q.comment", "画面から提出");
        assertThat(submitted.status()).as(submitted.html()).isEqualTo(302);

        await().atMost(ASYNC).untilAsserted(() -> assertThat(browser.get("/").html())
                .contains("2027年度 更新結果通知書", "更新結果通知書ダウンロード", "2028年5月31日"));
        try (PDDocument certificate = Loader.loadPDF(browser.download("/api/certificates/2027-" + MEMBER))) {
            assertThat(new PDFTextStripper().getText(certificate)).contains("更新結果通知書兼資格証明書", "0000003051C");
        }
        assertThat(browser.get("/purchases").html()).contains("2027年度 ITC資格更新料", "クレジットカード", "お支払い済み");
    }

    @Test
    void aMemberSeesOnlyTheirOwnPagesAndAFormWithoutItsTokenChangesNothing() {
        PageClient member = PageClient.loggedIn("M0000004", RunningStack.stack().config().demoMemberPassword());

        assertThat(member.get("/operator").status()).isEqualTo(403);
        assertThat(member.get("/api/certificates/2027-M0000001").status()).isEqualTo(404);
        assertThat(member.get("/api/payments/orders/2027-M0000001/receipt").status()).isEqualTo(404);
        assertThat(member.get("/renewals/2027/payment").html()).doesNotContain("M0000001");
        PageClient.Page forged = member.submitWithoutToken("/profile", "addressee", "書き換え", "senderName", "カキカエ");
        assertThat(forged.status()).as("a form without its CSRF token").isEqualTo(403);
        assertThat(member.get("/profile").html()).contains("個人情報編集", "高橋 美咲").doesNotContain("書き換え");

        PageClient.Page saved = member.submit("/profile", "addressee", "株式会社高橋", "senderName", "ﾀｶﾊｼ ﾐｻｷ");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(member.follow().html()).contains("株式会社高橋", "タカハシ ミサキ");

        PageClient operator = PageClient.loggedIn("operator", RunningStack.stack().config().demoOperatorPassword());
        assertThat(operator.get("/").location()).endsWith("/operator");
        assertThat(operator.get("/points").status()).isEqualTo(403);
        assertThat(operator.get("/operator").html()).contains("運用コンソール");

        PageClient anonymous = new PageClient();
        assertThat(anonymous.get("/points").location()).endsWith("/login");
    }
}
