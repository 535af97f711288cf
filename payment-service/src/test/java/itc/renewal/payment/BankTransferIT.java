package itc.renewal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.embedded.bank.TransferNoticeFile;
import itc.renewal.payment.order.domain.TransferReference;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static itc.renewal.payment.PaymentServiceDriver.lapsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bank transfer against a real PostgreSQL and Kafka (rules F1, F3, F4, Q5): the invoice at once, reconciliation of
 * the bank's Zengin file with each kind of mismatch listed, a re-import changing nothing, manual confirmation.
 */
@ServiceIT(properties = "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=payment-service-transfer-it")
@Import(PaymentServiceDriver.class)
class BankTransferIT {

    private static final LocalDate APRIL_12 = LocalDate.of(2027, 4, 12);

    @Autowired
    private PaymentServiceDriver driver;

    @Test
    void f3_f4_invoiceAtOnceThenTheStatementPaysTheOrderAndAReceiptFollows() throws Exception {
        String member = "M0000021";
        String renewal = "2027-" + member;
        driver.openOrder(member, renewal, 2027);

        ResponseEntity<JsonNode> noProfile = driver.chooseMethod(member, renewal, "BANK_TRANSFER");
        assertThat(noProfile.getStatusCode().value()).isEqualTo(409);
        assertThat(noProfile.getBody().get("code").asText()).isEqualTo("payment.billing-profile-required");
        assertThat(driver.saveBillingProfile(member, "株式会社見本", "ﾐﾎﾝ ﾀﾛｳ").getStatusCode().value()).isEqualTo(200);

        ResponseEntity<JsonNode> chosen = driver.chooseMethod(member, renewal, "BANK_TRANSFER");
        assertThat(chosen.getStatusCode().value()).isEqualTo(200);
        String reference = TransferReference.of(2027, member).digits();
        assertThat(chosen.getBody().at("/invoice/transferReference").asText()).isEqualTo(reference);
        assertThat(chosen.getBody().at("/invoice/dueOn").asText()).isEqualTo("2027-05-31");

        String invoice = pdfText(driver.download(member, renewal, "invoice"));
        assertThat(invoice).contains("請求書（適格請求書）", "登録番号 T9234567890123", "株式会社見本 様",
                "請求書番号 INV-" + renewal, "消費税（10%）", "2,000円", "10%対象（税抜）", "20,000円", "22,000円",
                "お支払期限 2027年5月31日", "振込番号 " + reference, "送金者名 ミホン タロウ", "みずほ銀行");
        assertThat(driver.saveBillingProfile(member, "株式会社新見本", "ｼﾝﾐﾎﾝ").getStatusCode().value()).isEqualTo(200);
        assertThat(pdfText(driver.download(member, renewal, "invoice"))).as("an issued invoice stays as issued")
                .contains("株式会社見本 様").doesNotContain("新見本");
        ResponseEntity<JsonNode> otherMethod = driver.chooseMethod(member, renewal, "CONVENIENCE_STORE");
        assertThat(otherMethod.getBody().get("code").asText()).isEqualTo("payment.method-already-chosen");
        assertThat(driver.pay(member, renewal, "4242424242424242", "k1").getStatusCode().value()).isEqualTo(409);

        byte[] statement = TransferNoticeFile.forDemoAccount(APRIL_12).credit(1, 22000, reference + " ﾐﾎﾝ ﾀﾛｳ")
                .bytes();
        ResponseEntity<JsonNode> imported = driver.importStatement(statement);
        assertThat(imported.getStatusCode().value()).isEqualTo(200);
        assertThat(imported.getBody().get("paid").asInt()).isEqualTo(1);
        assertThat(imported.getBody().get("attention")).isEmpty();
        assertThat(driver.awaitOrder(member, renewal, "PAID").get("method").asText()).isEqualTo("BANK_TRANSFER");
        assertThat(feePaidMethod(renewal))
                .isEqualTo("BANK_TRANSFER");

        JsonNode withReceipt = await().atMost(PaymentServiceDriver.PATIENCE)
                .until(() -> driver.awaitOrder(member, renewal, "PAID"), order -> order.hasNonNull("receipt"));
        assertThat(withReceipt.at("/receipt/receiptNumber").asText()).isEqualTo("RCT-" + renewal);
        assertThat(pdfText(driver.download(member, renewal, "receipt"))).contains("領収書", "株式会社新見本 様",
                "銀行振込", "2027年4月12日", "消費税（10%）", "2,000円", "登録番号 T9234567890123");

        ResponseEntity<JsonNode> again = driver.importStatement(statement);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getBody().get("alreadyImported").asBoolean()).isTrue();
        assertThat(driver.feePaidOf(renewal)).hasSize(1);
    }

    @Test
    void f3_q5_shortOverDuplicateLapsedAndUnmatchedCreditsAreListedAndChangeNothingSilently() throws Exception {
        Map<String, String> references = new HashMap<>();
        for (String member : new String[] {"M0000031", "M0000032", "M0000033", "M0000034"}) {
            driver.openOrder(member, "2027-" + member, 2027);
            driver.saveBillingProfile(member, "見本", "ﾐﾎﾝ");
            assertThat(driver.chooseMethod(member, "2027-" + member, "BANK_TRANSFER").getStatusCode().value())
                    .isEqualTo(200);
            references.put(member, TransferReference.of(2027, member).digits());
        }
        driver.produce(lapsed("M0000034", 2027));
        driver.awaitOrder("M0000034", "2027-M0000034", "CLOSED_LAPSED");

        byte[] statement = TransferNoticeFile.forDemoAccount(APRIL_12)
                .credit(11, 21560, references.get("M0000031") + " ﾐﾎﾝ")     // short: transfer fee deducted
                .credit(12, 23000, references.get("M0000032") + " ﾐﾎﾝ")     // over
                .credit(13, 22000, references.get("M0000033") + " ﾐﾎﾝ")     // pays
                .credit(14, 22000, references.get("M0000033") + " ﾐﾎﾝ")     // the same order again
                .credit(15, 22000, references.get("M0000034") + " ﾐﾎﾝ")     // after the lapse
                .credit(16, 22000, "ﾐﾎﾝ ﾀﾛｳ")                              // no reference
                .credit(17, 22000, "2700000312 ﾐﾎﾝ")                       // mistyped reference
                .bytes();
        JsonNode result = driver.importStatement(statement).getBody();

        assertThat(result.get("credits").asInt()).isEqualTo(7);
        assertThat(result.get("paid").asInt()).isEqualTo(1);
        assertThat(outcomes(result)).containsExactly("SHORT", "OVER", "DUPLICATE", "AFTER_LAPSE", "UNMATCHED",
                "UNMATCHED");
        assertThat(driver.awaitOrder("M0000031", "2027-M0000031", "AWAITING_PAYMENT")).isNotNull();
        assertThat(driver.awaitOrder("M0000032", "2027-M0000032", "AWAITING_PAYMENT")).isNotNull();
        assertThat(driver.awaitOrder("M0000034", "2027-M0000034", "CLOSED_LAPSED")).isNotNull();
        JsonNode unapplied = await().atMost(PaymentServiceDriver.PATIENCE).until(
                () -> driver.exchange(HttpMethod.GET, "/api/operator/payments/unapplied", null,
                        PaymentServiceDriver.OPERATOR).getBody(), list -> list.size() >= 4);
        assertThat(unapplied.findValuesAsText("outcome")).contains("SHORT", "OVER", "DUPLICATE", "AFTER_LAPSE");

        JsonNode again = driver.importStatement(statement).getBody();
        assertThat(again.get("alreadyImported").asBoolean()).isTrue();
        assertThat(outcomes(again)).isEqualTo(outcomes(result));

        byte[] overlapping = TransferNoticeFile.forDemoAccount(APRIL_12)
                .credit(13, 22000, references.get("M0000033") + " ﾐﾎﾝ")
                .credit(11, 21560, references.get("M0000031") + " ﾐﾎﾝ")
                .bytes();
        JsonNode overlap = driver.importStatement(overlapping).getBody();
        assertThat(overlap.get("alreadyImported").asBoolean()).isFalse();
        assertThat(overlap.get("paid").asInt()).isZero();
        assertThat(overlap.get("attention")).isEmpty();
        driver.feePaidUpTo("2027-M0000033");
        assertThat(driver.feePaidOf("2027-M0000033")).hasSize(1);
    }

    @Test
    void f3_aBrokenFileIsRefusedWholeWithTheRecordAndFieldAtFault() throws Exception {
        driver.openOrder("M0000041", "2027-M0000041", 2027);
        byte[] otherAccount = TransferNoticeFile.forAccount("0005", "100", "7654321", APRIL_12)
                .credit(1, 22000, TransferReference.of(2027, "M0000041").digits() + " ﾐﾎﾝ").bytes();

        ResponseEntity<JsonNode> refused = driver.importStatement(otherAccount);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("payment.statement-invalid");
        assertThat(refused.getBody().at("/errors/0/row").asInt()).isEqualTo(1);
        assertThat(refused.getBody().at("/errors/0/column").asText()).isEqualTo("口座番号");
        assertThat(driver.orders("M0000041").get(0).get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    }

    @Test
    void f3_anOperatorConfirmsATransferByHandWithAReason() throws Exception {
        String member = "M0000051";
        String renewal = "2027-" + member;
        driver.openOrder(member, renewal, 2027);
        driver.saveBillingProfile(member, "見本", "ﾐﾎﾝ");
        driver.chooseMethod(member, renewal, "BANK_TRANSFER");

        ResponseEntity<JsonNode> noReason = driver.exchange(HttpMethod.POST,
                "/api/operator/payments/orders/" + renewal + "/confirmation", Map.of("reason", ""),
                PaymentServiceDriver.OPERATOR);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<JsonNode> byMember = driver.exchange(HttpMethod.POST,
                "/api/operator/payments/orders/" + renewal + "/confirmation", Map.of("reason", "払った"),
                Identity.member(member));
        assertThat(byMember.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<JsonNode> confirmed = driver.exchange(HttpMethod.POST,
                "/api/operator/payments/orders/" + renewal + "/confirmation",
                Map.of("reason", "振込番号なしの振込（4/12 ﾐﾎﾝ ﾀﾛｳ 22,000円）を確認"), PaymentServiceDriver.OPERATOR);
        assertThat(confirmed.getStatusCode().value()).isEqualTo(204);

        assertThat(driver.awaitOrder(member, renewal, "PAID").get("method").asText()).isEqualTo("BANK_TRANSFER");
        assertThat(feePaidMethod(renewal))
                .isEqualTo("BANK_TRANSFER");
    }

    private String feePaidMethod(String renewalId) {
        List<ConsumerRecord<String, byte[]>> upTo = driver.feePaidUpTo(renewalId);
        return driver.json(upTo.get(upTo.size() - 1).value()).get("method").asText();
    }

    private static List<String> outcomes(JsonNode result) {
        return result.get("attention").findValuesAsText("outcome");
    }

    static String pdfText(ResponseEntity<byte[]> download) throws IOException {
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(download.getBody())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
