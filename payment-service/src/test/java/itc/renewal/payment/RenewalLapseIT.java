package itc.renewal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.payment.ObservedCardPaymentProvider.Hold;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static itc.renewal.payment.PaymentServiceDriver.applied;
import static itc.renewal.payment.PaymentServiceDriver.lapsed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules Q5, Q6, C3 across Kafka, the event store and HTTP: once renewal-service says the renewal
 * lapsed, its fee can no longer be paid. Its own consumer group, so that the other ITs' cached
 * contexts (still consuming) take none of this class's events.
 */
@ServiceIT(properties = "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=payment-service-lapse-it")
@Import({PaymentServiceDriver.class, ObservedCardPaymentProvider.class})
class RenewalLapseIT {

    private static final String CARD = "4242424242424242";
    private static final String WINDOW_CLOSED =
            "2027年度の更新申請期間が終了したため、お支払いいただけません（資格は失効しました）。";

    @Autowired
    private PaymentServiceDriver driver;
    @Autowired
    private ObservedCardPaymentProvider provider;
    @Autowired
    private JdbcTemplate jdbc;

    private final ExecutorService browserTab = Executors.newSingleThreadExecutor();

    @AfterEach
    void closeTab() {
        browserTab.shutdownNow();
    }

    @Test
    void q5_lapsedOrderIsShownClosedAndRefusesACardPaymentWithoutCharging() throws Exception {
        driver.openOrder("M0000201", "2027-M0000201", 2027);
        RenewalLapsed lapse = lapsed("M0000201", 2027);
        driver.produce(lapse);
        driver.produce(lapse);
        driver.produce(lapsed("M0000201", 2027));
        // same key, so same partition: once this later order shows, the three lapses were handled
        driver.openOrder("M0000201", "2028-M0000201", 2028);

        driver.awaitOrder("M0000201", "2027-M0000201", "CLOSED_LAPSED");
        ResponseEntity<JsonNode> refused = driver.pay("M0000201", "2027-M0000201", CARD, "attempt-1");

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("payment.window-closed");
        assertThat(refused.getBody().get("detail").asText()).isEqualTo(WINDOW_CLOSED);
        assertThat(provider.chargesFor("2027-M0000201")).isZero();
        assertThat(driver.orders("M0000201")).extracting(order -> order.get("status").asText())
                .containsExactly("AWAITING_PAYMENT", "CLOSED_LAPSED");
        assertThat(eventsOf("2027-M0000201")).as("opened, closed once").isEqualTo(2);
    }

    @Test
    void q5_renewalAppliedDeliveredAfterTheLapseOpensNothingPayable() throws Exception {
        driver.produce(lapsed("M0000202", 2027));
        driver.produce(applied("M0000202", 2027, "22000", false));
        // same key, so same partition: once this later one shows, both events above were handled
        driver.openOrder("M0000202", "2028-M0000202", 2028);

        ResponseEntity<JsonNode> refused = driver.pay("M0000202", "2027-M0000202", CARD, "attempt-1");

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("payment.window-closed");
        assertThat(provider.chargesFor("2027-M0000202")).isZero();
        assertThat(driver.orders("M0000202")).extracting(order -> order.get("renewalId").asText())
                .containsExactly("2028-M0000202");
        assertThat(eventsOf("2027-M0000202")).as("the lapse only").isEqualTo(1);
    }

    @Test
    void c3_lapseOfAWaivedRenewalIsHarmless() throws Exception {
        driver.produce(applied("M0000206", 2027, "0", true));
        driver.produce(lapsed("M0000206", 2027));
        driver.openOrder("M0000206", "2028-M0000206", 2028);

        assertThat(driver.orders("M0000206")).extracting(order -> order.get("renewalId").asText())
                .containsExactly("2028-M0000206");
        assertThat(driver.pay("M0000206", "2028-M0000206", CARD, "attempt-1").getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void q6_lapseLeavesAPaidOrderPaid() throws Exception {
        driver.openOrder("M0000203", "2027-M0000203", 2027);
        assertThat(driver.pay("M0000203", "2027-M0000203", CARD, "attempt-1").getStatusCode().value())
                .isEqualTo(200);

        driver.produce(lapsed("M0000203", 2027));
        driver.openOrder("M0000203", "2028-M0000203", 2028);

        assertThat(driver.awaitOrder("M0000203", "2027-M0000203", "PAID").get("method").asText()).isEqualTo("CARD");
        assertThat(driver.pay("M0000203", "2027-M0000203", CARD, "attempt-1").getStatusCode().value())
                .isEqualTo(200);
        assertThat(provider.chargesFor("2027-M0000203")).isEqualTo(1);
    }

    @Test
    void q5_chargeInFlightAtTheLapseIsRecordedForARefundAndPaysNoRenewal() throws Exception {
        driver.openOrder("M0000205", "2027-M0000205", 2027);
        Hold hold = provider.holdNextCharge();
        CompletableFuture<ResponseEntity<JsonNode>> inFlight = CompletableFuture.supplyAsync(
                () -> driver.pay("M0000205", "2027-M0000205", CARD, "attempt-1"), browserTab);
        assertThat(hold.awaitEntered()).isTrue();

        driver.produce(lapsed("M0000205", 2027));
        driver.awaitOrder("M0000205", "2027-M0000205", "CLOSED_LAPSED");
        hold.release();

        ResponseEntity<JsonNode> answered = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(answered.getStatusCode().value()).isEqualTo(200);
        assertThat(answered.getBody().get("status").asText()).isEqualTo("PAID_AFTER_LAPSE");
        driver.awaitOrder("M0000205", "2027-M0000205", "PAID_AFTER_LAPSE");
        assertThat(driver.pay("M0000205", "2027-M0000205", CARD, "attempt-2").getBody().get("code").asText())
                .isEqualTo("payment.window-closed");
        assertThat(provider.chargesFor("2027-M0000205")).isEqualTo(1);

        // the next FeePaid of this member comes after any the lapsed order could have published
        driver.openOrder("M0000205", "2028-M0000205", 2028);
        assertThat(driver.pay("M0000205", "2028-M0000205", CARD, "attempt-1").getStatusCode().value())
                .isEqualTo(200);
        assertThat(driver.feePaidUpTo("2028-M0000205")).noneMatch(record -> record.key().equals("M0000205")
                && new String(record.value(), StandardCharsets.UTF_8).contains("2027-M0000205"));
    }

    private int eventsOf(String renewalId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, renewalId);
    }
}
