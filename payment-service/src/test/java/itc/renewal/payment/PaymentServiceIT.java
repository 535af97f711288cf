package itc.renewal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.platformtest.ServiceIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static itc.renewal.payment.PaymentServiceDriver.applied;
import static itc.renewal.payment.PaymentServiceDriver.header;
import static org.assertj.core.api.Assertions.assertThat;

/** payment-service against a real PostgreSQL and Kafka: from RenewalApplied to FeePaid. */
@ServiceIT
@Import(PaymentServiceDriver.class)
class PaymentServiceIT {

    @Autowired
    private PaymentServiceDriver driver;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void f2_declinedCardThenTestCardPaysTheFeeAndPublishesFeePaid() throws Exception {
        driver.produce(applied("M0000001", 2027, "22000", false));
        JsonNode order = driver.awaitOrder("M0000001", "2027-M0000001", "AWAITING_PAYMENT");
        assertThat(order.get("amount").decimalValue()).isEqualByComparingTo("22000");
        assertThat(order.get("currency").asText()).isEqualTo("JPY");

        ResponseEntity<JsonNode> declined = driver.pay("M0000001", "2027-M0000001", "4000000000000002", "attempt-1");
        assertThat(declined.getStatusCode().value()).isEqualTo(402);
        assertThat(declined.getBody().get("code").asText()).isEqualTo("payment.card-declined");
        assertThat(driver.orders("M0000001").get(0).get("status").asText()).isEqualTo("AWAITING_PAYMENT");

        ResponseEntity<JsonNode> paid = driver.pay("M0000001", "2027-M0000001", "4242424242424242", "attempt-2");
        assertThat(paid.getStatusCode().value()).isEqualTo(200);
        assertThat(paid.getBody().get("status").asText()).isEqualTo("PAID");
        assertThat(driver.awaitOrder("M0000001", "2027-M0000001", "PAID").get("method").asText()).isEqualTo("CARD");

        ResponseEntity<JsonNode> retried = driver.pay("M0000001", "2027-M0000001", "4242424242424242", "attempt-2");
        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat(retried.getBody().get("paidAt")).isEqualTo(paid.getBody().get("paidAt"));
        ResponseEntity<JsonNode> again = driver.pay("M0000001", "2027-M0000001", "4242424242424242", "attempt-3");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("code").asText()).isEqualTo("payment.already-paid");

        List<ConsumerRecord<String, byte[]>> published = driver.feePaidUpTo("2027-M0000001");
        ConsumerRecord<String, byte[]> record = published.get(published.size() - 1);
        FeePaid feePaid = json.readValue(record.value(), FeePaid.class);
        assertThat(record.key()).isEqualTo("M0000001");
        assertThat(header(record, "ce_id")).isEqualTo(feePaid.eventId().toString());
        assertThat(feePaid.amount()).isEqualByComparingTo("22000");
        assertThat(feePaid.fiscalYear()).isEqualTo(2027);
        assertThat(feePaid.method()).isEqualTo("CARD");
        assertThat(jdbc.queryForObject("select count(*) from payment_orders where card_last4 = '4242'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void f2_redeliveredRenewalAppliedOpensOneOrder() throws Exception {
        RenewalApplied applied = applied("M0000002", 2027, "22000", false);
        driver.produce(applied);
        driver.produce(applied);
        // same key, so same partition: once this later one shows, both deliveries above were handled
        driver.produce(applied("M0000002", 2028, "22000", false));
        driver.awaitOrder("M0000002", "2028-M0000002", "AWAITING_PAYMENT");

        assertThat(driver.orders("M0000002")).extracting(o -> o.get("renewalId").asText())
                .containsExactly("2028-M0000002", "2027-M0000002");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, "2027-M0000002")).isEqualTo(1);
    }

    @Test
    void q4_waivedRenewalOpensNoOrder() throws Exception {
        driver.produce(applied("M0000006", 2027, "0", true));
        driver.produce(applied("M0000006", 2028, "22000", false));
        driver.awaitOrder("M0000006", "2028-M0000006", "AWAITING_PAYMENT");

        assertThat(driver.orders("M0000006")).hasSize(1);
        ResponseEntity<JsonNode> refused = driver.pay("M0000006", "2027-M0000006", "4242424242424242", "attempt-1");
        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("payment.order-not-found");
    }

    @Test
    void anotherMembersOrderIsNotFound() throws Exception {
        driver.produce(applied("M0000004", 2027, "22000", false));
        driver.awaitOrder("M0000004", "2027-M0000004", "AWAITING_PAYMENT");

        ResponseEntity<JsonNode> refused = driver.pay("M0000005", "2027-M0000004", "4242424242424242", "attempt-1");
        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(driver.orders("M0000004").get(0).get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    }
}
