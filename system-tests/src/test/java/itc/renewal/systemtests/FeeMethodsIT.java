package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.embedded.bank.TransferNoticeFile;
import itc.renewal.systemtests.GatewayClient.Reply;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import static itc.renewal.systemtests.Journey.ASYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Seed manual 303 step 5 with the other two methods (rules F1, F3, F4, F5), through the gateway: bank transfer
 * (billing profile, qualified invoice, the operator's bank statement import, receipt) and convenience store (slip,
 * the store network's signed callback) — each to a completed renewal.
 */
@ExtendWith(RunningStack.class)
class FeeMethodsIT {

    /** The store network's secret of this stack (generated at its first start). */
    private final String storeSecret = RunningStack.stack().config().storeCallbackSecret();

    @Test
    void f3_f4_f5_bankTransferJourneyFromInvoiceToStatementImportToCompleted() throws Exception {
        Journey.importHolder("M0000021", "0000003021C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as("M0000021");
        String renewalId = Journey.applyAndAwaitOrder(member, "2026-09-01", "ASSOCIATION_ACTIVITY");

        Reply profile = member.put("/api/payments/billing-profile",
                "{\"addressee\":\"株式会社シケン\",\"senderName\":\"ｼｹﾝ ﾃｽﾄ\"}");
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        Reply chosen = member.post("/api/payments/orders/" + renewalId + "/method", "{\"method\":\"BANK_TRANSFER\"}");
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        String reference = chosen.json().at("/invoice/transferReference").asText();
        assertThat(pdfText(member.download(chosen.json().at("/invoice/href").asText())))
                .contains("請求書（適格請求書）", "株式会社シケン 様", "登録番号 T9234567890123", "消費税（10%）", "2,000円",
                        "振込番号 " + reference, "お支払期限 2027年5月31日");
        Reply card = Journey.payByCard(member, renewalId, "4242424242424242");
        assertThat(card.status()).as("お申し込み後の支払方法変更はできません").isEqualTo(409);

        byte[] statement = TransferNoticeFile.forDemoAccount(LocalDate.of(2027, 4, 12))
                .credit(901, 22000, reference + " ｼｹﾝ ﾃｽﾄ").bytes();
        Reply imported = RunningStack.operator().postBytes("/api/operator/payments/statements", statement,
                "application/octet-stream");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("paid").asInt()).isEqualTo(1);
        assertThat(member.postBytes("/api/operator/payments/statements", statement, "application/octet-stream")
                .status()).as("members do not import statements").isEqualTo(403);

        Journey.awaitReportOpen(member);
        assertThat(Journey.submitReport(member).status()).isEqualTo(201);
        Journey.awaitStatus(member, "COMPLETED");

        JsonNode order = await().atMost(ASYNC).until(() -> member.get("/api/payments/orders").json().get(0),
                o -> o.hasNonNull("receipt"));
        assertThat(order.path("status").asText()).isEqualTo("PAID");
        assertThat(order.path("method").asText()).isEqualTo("BANK_TRANSFER");
        assertThat(pdfText(member.download(order.at("/receipt/href").asText())))
                .contains("領収書", "株式会社シケン 様", "銀行振込", "22,000円");

        Reply again = RunningStack.operator().postBytes("/api/operator/payments/statements", statement,
                "application/octet-stream");
        assertThat(again.json().path("alreadyImported").asBoolean()).isTrue();
        assertThat(RunningStack.topic("itc.payment.events").ofType("payment.FeePaid.v1").stream()
                .filter(e -> e.body().path("renewalId").asText().equals(renewalId))).as("one fee paid").hasSize(1);
    }

    @Test
    void f1_convenienceStoreJourneyFromSlipToSignedCallbackToCompleted() throws Exception {
        Journey.importHolder("M0000022", "0000003022C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as("M0000022");
        String renewalId = Journey.applyAndAwaitOrder(member, "2026-09-01", "ASSOCIATION_ACTIVITY");

        Reply chosen = member.post("/api/payments/orders/" + renewalId + "/method",
                "{\"method\":\"CONVENIENCE_STORE\"}");
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        String slip = chosen.json().at("/convenienceSlip/slipNumber").asText();
        assertThat(member.get("/api/payments/orders/" + renewalId + "/invoice").status())
                .as("「銀行振込」以外に請求書は発行されません").isEqualTo(404);

        byte[] body = ("{\"notificationId\":\"st-1\",\"orderId\":\"" + renewalId + "\",\"slipNumber\":\"" + slip
                + "\",\"amount\":22000,\"paidAt\":\"2027-04-12T03:00:00Z\",\"store\":\"見本マート\"}")
                .getBytes(StandardCharsets.UTF_8);
        String callbackUrl = member.baseUrl() + "/callbacks/convenience-store";
        Reply forged = GatewayClient.postSigned(callbackUrl, body, "X-Store-Signature",
                sign("not-the-network-secret", body));
        assertThat(forged.status()).as(forged.toString()).isEqualTo(401);
        Reply paid = GatewayClient.postSigned(callbackUrl, body, "X-Store-Signature", sign(storeSecret, body));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.text("outcome")).isEqualTo("PAID");
        assertThat(GatewayClient.postSigned(callbackUrl, body, "X-Store-Signature", sign(storeSecret, body))
                .text("outcome")).isEqualTo("ALREADY_RECORDED");

        Journey.awaitReportOpen(member);
        assertThat(Journey.submitReport(member).status()).isEqualTo(201);
        Journey.awaitStatus(member, "COMPLETED");
        assertThat(member.get("/api/payments/orders").json().get(0).path("method").asText())
                .isEqualTo("CONVENIENCE_STORE");
    }

    /** The store network's signature: HMAC-SHA256 over "<unix seconds>.<body>" (docs/payments.md). */
    private static String sign(String secret, byte[] body) throws Exception {
        long now = Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((now + ".").getBytes(StandardCharsets.UTF_8));
        return "t=" + now + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
