package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardChargeStartedEvent;
import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.PaymentMethod;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static itc.renewal.payment.order.command.PaymentOrderTestData.FEE;
import static itc.renewal.payment.order.command.PaymentOrderTestData.RENEWAL;
import static itc.renewal.payment.order.command.PaymentOrderTestData.STALE_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.chosen;
import static itc.renewal.payment.order.command.PaymentOrderTestData.STARTED_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.abandon;
import static itc.renewal.payment.order.command.PaymentOrderTestData.abandoned;
import static itc.renewal.payment.order.command.PaymentOrderTestData.declined;
import static itc.renewal.payment.order.command.PaymentOrderTestData.opened;
import static itc.renewal.payment.order.command.PaymentOrderTestData.settleFirst;
import static itc.renewal.payment.order.command.PaymentOrderTestData.start;
import static itc.renewal.payment.order.command.PaymentOrderTestData.started;
import static itc.renewal.platformtest.Rejections.rejection;

/** Rule F2: one pending card charge per order, so two tabs with two keys never both charge. */
class PaymentOrderChargeTest {

    private static final Instant JUST_BEFORE_TIMEOUT = STALE_AT.minusSeconds(1);
    private static final CardPaymentTerms CHARGE_NOW = new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY", null, null);

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void f1_f2_theFirstChargeChoosesCardAndStartsOnAnAwaitingOrderAndAnswersItsAmount() {
        fixture.given(opened())
                .when(start("k1", STARTED_AT))
                .expectEvents(chosen(PaymentMethod.CARD, STARTED_AT), started("k1"))
                .expectResultMessagePayload(CHARGE_NOW);
    }

    @Test
    void f2_secondKeyRefusedWhileChargePending() {
        fixture.given(opened(), started("k1"))
                .when(start("k2", JUST_BEFORE_TIMEOUT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.charge-in-progress"));
    }

    @Test
    void f2_sameKeyContinuesPendingCharge() {
        fixture.given(opened(), started("k1"))
                .when(start("k1", STALE_AT.plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayload(CHARGE_NOW);
    }

    @Test
    void f2_newKeyAllowedAfterDecline() {
        fixture.given(opened(), started("k1"), declined("k1"))
                .when(start("k2", STARTED_AT))
                .expectEvents(started("k2"))
                .expectResultMessagePayload(CHARGE_NOW);
    }

    @Test
    void f2_declinedKeyIsDeclinedAgainWithoutStartingACharge() {
        fixture.given(opened(), started("k1"), declined("k1"))
                .when(start("k1", STARTED_AT))
                .expectNoEvents()
                .expectException(rejection(402, "payment.card-declined"));
    }

    @Test
    void f2_declineUnderAnotherKeyKeepsThePendingCharge() {
        fixture.given(opened(), started("k2"), declined("k1"))
                .when(start("k3", STARTED_AT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.charge-in-progress"));
    }

    @Test
    void f2_staleChargeResolvedFromProviderBeforeNewCharge() {
        fixture.given(opened(), started("k1"))
                .when(start("k2", STALE_AT))
                .expectNoEvents()
                .expectResultMessagePayload(settleFirst("k1"));
    }

    @Test
    void f2_staleChargeTheProviderNeverSawIsAbandoned() {
        fixture.given(opened(), started("k1"))
                .when(abandon("k1", STALE_AT))
                .expectEvents(abandoned("k1", STALE_AT));
    }

    @Test
    void f2_newKeyAllowedAfterAbandon() {
        fixture.given(opened(), started("k1"), abandoned("k1", STALE_AT))
                .when(start("k2", STALE_AT))
                .expectEvents(new CardChargeStartedEvent(RENEWAL, "k2", "4242", STALE_AT))
                .expectResultMessagePayload(CHARGE_NOW);
    }

    @Test
    void f2_chargeStillWithinTimeoutCannotBeAbandoned() {
        fixture.given(opened(), started("k1"))
                .when(abandon("k1", JUST_BEFORE_TIMEOUT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.charge-in-progress"));
    }

    @Test
    void f2_abandoningAChargeNoLongerPendingChangesNothing() {
        fixture.given(opened(), started("k1"), declined("k1"), started("k2"))
                .when(abandon("k1", STALE_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
