package itc.renewal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.payment.provider.StoreCallbackSignature;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Convenience-store payment against a real PostgreSQL and Kafka (rule F1): a slip at once, the store network's signed
 * callback pays the order once however often it comes, a bad signature is refused and changes nothing.
 */
@ServiceIT(properties = "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=payment-service-store-it")
@Import(PaymentServiceDriver.class)
class ConvenienceStoreIT {

    @Autowired
    private PaymentServiceDriver driver;
    @Autowired
    private ObjectMapper json;
    @Value("${payment.store-callback-secret}")
    private String storeSecret;

    @Test
    void f1_aSignedCallbackPaysTheSlipOnceAndABadSignatureIsRefused() throws Exception {
        String member = "M0000061";
        String renewal = "2027-" + member;
        driver.openOrder(member, renewal, 2027);

        ResponseEntity<JsonNode> chosen = driver.chooseMethod(member, renewal, "CONVENIENCE_STORE");
        assertThat(chosen.getStatusCode().value()).isEqualTo(200);
        String slip = chosen.getBody().at("/convenienceSlip/slipNumber").asText();
        assertThat(slip).isEqualTo("120270000061");
        assertThat(chosen.getBody().at("/convenienceSlip/payableUntil").asText()).isEqualTo("2027-05-31T15:00:00Z");
        assertThat(chosen.getBody().get("invoice").isNull()).isTrue();
        assertThat(driver.download(member, renewal, "invoice").getStatusCode().value()).isEqualTo(404);

        byte[] body = json.writeValueAsBytes(Map.of("notificationId", "n-1", "orderId", renewal, "slipNumber", slip,
                "amount", 22000, "paidAt", "2027-04-12T03:00:00Z", "store", "見本マート"));
        StoreCallbackSignature forged = new StoreCallbackSignature("a-secret-somebody-guessed");
        ResponseEntity<JsonNode> refused = driver.storeCallback(body, forged.sign(body, Instant.now()));
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("payment.callback-signature-invalid");
        assertThat(driver.storeCallback(body, null).getStatusCode().value()).isEqualTo(401);
        assertThat(driver.orders(member).get(0).get("status").asText()).isEqualTo("AWAITING_PAYMENT");

        String signed = new StoreCallbackSignature(storeSecret).sign(body, Instant.now());
        ResponseEntity<JsonNode> paid = driver.storeCallback(body, signed);
        assertThat(paid.getStatusCode().value()).isEqualTo(200);
        assertThat(paid.getBody().get("outcome").asText()).isEqualTo("PAID");
        ResponseEntity<JsonNode> resent = driver.storeCallback(body, signed);
        assertThat(resent.getBody().get("outcome").asText()).isEqualTo("ALREADY_RECORDED");

        assertThat(driver.awaitOrder(member, renewal, "PAID").get("method").asText()).isEqualTo("CONVENIENCE_STORE");
        driver.feePaidUpTo(renewal);
        assertThat(driver.feePaidOf(renewal)).hasSize(1);

        ResponseEntity<JsonNode> paidTwice = driver.payAtTill(slip, "22000");
        assertThat(paidTwice.getStatusCode().value()).isEqualTo(200);
        assertThat(paidTwice.getBody().get("outcome").asText()).isEqualTo("DUPLICATE");
    }

    @Test
    void f1_theSimulatedTillCallsBackSignedAndPaysTheOrder() throws Exception {
        String member = "M0000062";
        String renewal = "2027-" + member;
        driver.openOrder(member, renewal, 2027);
        String slip = driver.chooseMethod(member, renewal, "CONVENIENCE_STORE").getBody()
                .at("/convenienceSlip/slipNumber").asText();

        ResponseEntity<JsonNode> paid = driver.payAtTill(slip, "22000");

        assertThat(paid.getStatusCode().value()).isEqualTo(200);
        assertThat(paid.getBody().get("outcome").asText()).isEqualTo("PAID");
        assertThat(driver.awaitOrder(member, renewal, "PAID").get("method").asText()).isEqualTo("CONVENIENCE_STORE");
    }
}
