package itc.renewal.payment;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule F2: a provider that times out leaves the charge's outcome unknown; it is learned later from the provider by
 * the stale-charge sweep, even if the member never comes back, and recorded once. Its own context (sweeping every
 * second), so that CardChargeIT's recoveries on a new key are not raced by the sweep.
 */
@ServiceIT(properties = {
        "spring.cloud.stream.bindings.renewalEventsListener-in-0.group=payment-service-lost-answer-it",
        "payment.stale-charge-sweep=PT1S"})
@Import({PaymentServiceDriver.class, ObservedCardPaymentProvider.class})
class LostChargeAnswerIT {

    private static final String TIMEOUT_CARD = "4000000000000119";

    @Autowired
    private PaymentServiceDriver driver;
    @Autowired
    private ObservedCardPaymentProvider provider;
    @Autowired
    private BusinessClock clock;

    @Test
    void f2_aChargeWhoseAnswerWasLostIsSettledFromTheProviderWithoutTheMember() throws Exception {
        driver.openOrder("M0000111", "2027-M0000111", 2027);

        ResponseEntity<JsonNode> lost = driver.pay("M0000111", "2027-M0000111", TIMEOUT_CARD, "tab-1");

        assertThat(lost.getStatusCode().value()).isEqualTo(409);
        assertThat(lost.getBody().get("code").asText()).isEqualTo("payment.charge-outcome-pending");
        assertThat(driver.orders("M0000111").get(0).get("status").asText()).isEqualTo("AWAITING_PAYMENT");
        ResponseEntity<JsonNode> otherTab = driver.pay("M0000111", "2027-M0000111", "4242424242424242", "tab-2");
        assertThat(otherTab.getBody().get("code").asText()).as("no second charge while the first is unknown")
                .isEqualTo("payment.charge-in-progress");

        clock.advance(Duration.ofMinutes(2));

        assertThat(driver.awaitOrder("M0000111", "2027-M0000111", "PAID").get("method").asText()).isEqualTo("CARD");
        assertThat(provider.chargesFor("2027-M0000111")).isEqualTo(1);
        driver.feePaidUpTo("2027-M0000111");
        assertThat(driver.feePaidOf("2027-M0000111")).hasSize(1);
    }

    @Test
    void f2_theSameRequestAgainGetsTheProvidersFirstAnswer() throws Exception {
        driver.openOrder("M0000112", "2027-M0000112", 2027);
        assertThat(driver.pay("M0000112", "2027-M0000112", TIMEOUT_CARD, "tab-1").getStatusCode().value())
                .isEqualTo(409);

        ResponseEntity<JsonNode> retried = driver.pay("M0000112", "2027-M0000112", TIMEOUT_CARD, "tab-1");

        assertThat(retried.getStatusCode().value()).isEqualTo(200);
        assertThat(retried.getBody().get("status").asText()).isEqualTo("PAID");
        assertThat(provider.chargesFor("2027-M0000112")).isEqualTo(1);
    }
}
