package itc.renewal.payment.integration.outbound;

import itc.renewal.contracts.payment.v1.CardPaymentDeclined;
import itc.renewal.contracts.payment.v1.PaidAfterLapse;
import itc.renewal.contracts.payment.v1.PaymentMethodChosen;
import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentMethodChosenEvent;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.platform.messaging.RelayCapture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10: the payment facts other systems ask for are published (F1, F2, Q5), keyed by member id. */
class PaymentEventsPublisherTest {

    private static final String ID = "2f6e1c3a-5b7d-4e9f-8a0b-1c2d3e4f5a6b";
    private static final Instant AT = Instant.parse("2027-04-10T00:35:00Z");

    private final PaymentEventsPublisher relay = new PaymentEventsPublisher(new IntegrationEventPublisher(null, null,
            "/itc-renewal/payment-service", null));

    @Test
    void f1_theChosenMethodIsPublished() {
        List<RelayCapture.Captured> sent = RelayCapture.during(() -> relay.on(new PaymentMethodChosenEvent(
                "2027-M0000001", "M0000001", 2027, PaymentMethod.BANK_TRANSFER, AT), ID));

        assertThat(sent).extracting(RelayCapture.Captured::contract).containsExactly(new PaymentMethodChosen(
                UUID.fromString(ID), AT, "M0000001", "2027-M0000001", 2027, "BANK_TRANSFER"));
        assertThat(sent).extracting(RelayCapture.Captured::key).containsExactly("M0000001");
    }

    @Test
    void f2_aDeclinedChargeIsPublishedForTheMemberOfItsRenewal() {
        List<RelayCapture.Captured> sent = RelayCapture.during(() -> relay.on(new CardPaymentDeclinedEvent(
                "2027-M0000007", "card_declined", "key-1", "0002"), ID, AT));

        assertThat(sent).extracting(RelayCapture.Captured::contract).containsExactly(new CardPaymentDeclined(
                UUID.fromString(ID), AT, "M0000007", "2027-M0000007", 2027, "card_declined"));
        assertThat(sent).extracting(RelayCapture.Captured::key).containsExactly("M0000007");
    }

    @Test
    void q5_moneyReceivedAfterTheLapseIsPublishedAsSuchNeverAsFeePaid() {
        List<RelayCapture.Captured> sent = RelayCapture.during(() -> relay.on(new CardPaymentSucceededAfterLapseEvent(
                "2027-M0000001", "M0000001", new BigDecimal("22000"), "ref-1", "key-1", AT, "4242"), ID));

        assertThat(sent).extracting(RelayCapture.Captured::contract).containsExactly(new PaidAfterLapse(
                UUID.fromString(ID), AT, "M0000001", "2027-M0000001", 2027, new BigDecimal("22000"), "JPY", "CARD"));
    }
}
