package itc.renewal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.payment.ObservedCardPaymentProvider.Death;
import itc.renewal.payment.ObservedCardPaymentProvider.Hold;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule F2 against the real aggregate, event store and HTTP stack: one order, one charge, whatever
 * two browser tabs or a crashed request do. Its own consumer group, so that PaymentServiceIT's
 * context (cached, still consuming) takes none of this class's RenewalApplied events.
 */
@ServiceIT(properties = "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=payment-service-charge-it")
@Import({PaymentServiceDriver.class, ObservedCardPaymentProvider.class})
class CardChargeIT {

    private static final String CARD = "4242424242424242";

    @Autowired
    private PaymentServiceDriver driver;
    @Autowired
    private ObservedCardPaymentProvider provider;
    @Autowired
    private BusinessClock clock;

    /** Its own threads: the common pool has a single worker on two cores, which would serialise the tabs. */
    private final ExecutorService browserTabs = Executors.newFixedThreadPool(2);

    @AfterEach
    void closeTabs() {
        browserTabs.shutdownNow();
    }

    @Test
    void f2_secondTabIsRefusedWhileTheFirstTabsChargeIsPending() throws Exception {
        driver.openOrder("M0000101", "2027-M0000101", 2027);
        Hold hold = provider.holdNextCharge();
        CompletableFuture<ResponseEntity<JsonNode>> firstTab = CompletableFuture.supplyAsync(
                () -> driver.pay("M0000101", "2027-M0000101", CARD, "tab-1"), browserTabs);
        assertThat(hold.awaitEntered()).isTrue();

        ResponseEntity<JsonNode> secondTab = driver.pay("M0000101", "2027-M0000101", CARD, "tab-2");
        hold.release();

        assertThat(secondTab.getStatusCode().value()).isEqualTo(409);
        assertThat(secondTab.getBody().get("code").asText()).isEqualTo("payment.charge-in-progress");
        assertThat(secondTab.getBody().get("detail").asText())
                .isEqualTo("決済処理中です。しばらくしてから購入履歴をご確認ください。");
        assertThat(firstTab.get(60, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(200);
        assertThat(driver.pay("M0000101", "2027-M0000101", CARD, "tab-2").getBody().get("code").asText())
                .isEqualTo("payment.already-paid");
        assertThat(provider.chargesFor("2027-M0000101")).isEqualTo(1);
    }

    @Test
    void f2_racingRequestsWithDifferentKeysChargeOnce() throws Exception {
        for (int fiscalYear = 2027; fiscalYear <= 2029; fiscalYear++) {
            String renewalId = fiscalYear + "-M0000102";
            driver.openOrder("M0000102", renewalId, fiscalYear);
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<ResponseEntity<JsonNode>>> tabs = List.of("tab-a", "tab-b").stream()
                    .map(key -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(go);
                        return driver.pay("M0000102", renewalId, CARD, key);
                    }, browserTabs)).toList();
            go.countDown();

            List<Integer> statuses = tabs.stream().map(tab -> tab.join().getStatusCode().value()).sorted().toList();
            assertThat(statuses).as(renewalId).containsExactly(200, 409);
            assertThat(provider.chargesFor(renewalId)).as(renewalId).isEqualTo(1);
        }
    }

    @Test
    void f2_staleChargeResolvedFromProviderBeforeNewCharge() throws Exception {
        driver.openOrder("M0000103", "2027-M0000103", 2027);
        provider.dieAtNextCharge(Death.AFTER_CHARGE);
        assertThat(driver.pay("M0000103", "2027-M0000103", CARD, "tab-1").getStatusCode().is5xxServerError())
                .isTrue();
        assertThat(driver.pay("M0000103", "2027-M0000103", CARD, "tab-2").getBody().get("code").asText())
                .isEqualTo("payment.charge-in-progress");

        clock.advance(Duration.ofMinutes(2));
        ResponseEntity<JsonNode> afterTimeout = driver.pay("M0000103", "2027-M0000103", CARD, "tab-2");

        // the first tab's charge went through: it is recorded, and the second tab charges nothing
        assertThat(afterTimeout.getStatusCode().value()).isEqualTo(409);
        assertThat(afterTimeout.getBody().get("code").asText()).isEqualTo("payment.already-paid");
        assertThat(driver.awaitOrder("M0000103", "2027-M0000103", "PAID").get("method").asText()).isEqualTo("CARD");
        assertThat(driver.pay("M0000103", "2027-M0000103", CARD, "tab-1").getStatusCode().value()).isEqualTo(200);
        assertThat(provider.chargesFor("2027-M0000103")).isEqualTo(1);
    }

    @Test
    void f2_staleChargeTheProviderNeverSawLetsANewKeyPay() throws Exception {
        driver.openOrder("M0000104", "2027-M0000104", 2027);
        provider.dieAtNextCharge(Death.BEFORE_CHARGE);
        assertThat(driver.pay("M0000104", "2027-M0000104", CARD, "tab-1").getStatusCode().is5xxServerError())
                .isTrue();

        clock.advance(Duration.ofMinutes(2));
        ResponseEntity<JsonNode> afterTimeout = driver.pay("M0000104", "2027-M0000104", CARD, "tab-2");

        assertThat(afterTimeout.getStatusCode().value()).isEqualTo(200);
        assertThat(afterTimeout.getBody().get("status").asText()).isEqualTo("PAID");
        assertThat(driver.pay("M0000104", "2027-M0000104", CARD, "tab-1").getBody().get("code").asText())
                .isEqualTo("payment.already-paid");
        assertThat(provider.chargesFor("2027-M0000104")).isEqualTo(1);
    }

    private static void awaitQuietly(CountDownLatch go) {
        try {
            go.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
