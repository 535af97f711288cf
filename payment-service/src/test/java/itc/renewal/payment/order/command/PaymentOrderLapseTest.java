package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.StartCardChargeCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static itc.renewal.payment.order.command.PaymentOrderTestData.FEE;
import static itc.renewal.payment.order.command.PaymentOrderTestData.LAPSED_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.PAID_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.RENEWAL;
import static itc.renewal.payment.order.command.PaymentOrderTestData.STALE_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.STARTED_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.close;
import static itc.renewal.payment.order.command.PaymentOrderTestData.closed;
import static itc.renewal.payment.order.command.PaymentOrderTestData.declined;
import static itc.renewal.payment.order.command.PaymentOrderTestData.open;
import static itc.renewal.payment.order.command.PaymentOrderTestData.opened;
import static itc.renewal.payment.order.command.PaymentOrderTestData.paid;
import static itc.renewal.payment.order.command.PaymentOrderTestData.paidAfterLapse;
import static itc.renewal.payment.order.command.PaymentOrderTestData.recordDecline;
import static itc.renewal.payment.order.command.PaymentOrderTestData.recordPayment;
import static itc.renewal.payment.order.command.PaymentOrderTestData.settleFirst;
import static itc.renewal.payment.order.command.PaymentOrderTestData.start;
import static itc.renewal.payment.order.command.PaymentOrderTestData.started;
import static itc.renewal.platformtest.Rejections.rejection;

/** Rules Q5, Q6, C3: once the renewal lapsed (RenewalLapsed), its fee can no longer be paid. */
class PaymentOrderLapseTest {

    private static final String WINDOW_CLOSED =
            "2027年度の更新申請期間が終了したため、お支払いいただけません（資格は失効しました）。";

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void c3_lapseClosesAnOrderAwaitingPayment() {
        fixture.given(opened())
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectEvents(closed());
    }

    @Test
    void c3_redeliveredLapseChangesNothing() {
        fixture.given(opened(), closed())
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void q5_closedOrderRefusesACardPaymentBeforeAnyCharge() {
        fixture.given(opened(), closed())
                .when(start("k1", LAPSED_AT.plusSeconds(60)))
                .expectNoEvents()
                .expectException(rejection(409, "payment.window-closed"))
                .expectExceptionMessage(WINDOW_CLOSED);
    }

    @Test
    void q5_closedOrderSaysTheWindowClosedRatherThanRepeatingAnEarlierDecline() {
        fixture.given(opened(), started("k1"), declined("k1"), closed())
                .when(start("k1", LAPSED_AT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.window-closed"));
    }

    @Test
    void q6_lapseLeavesAPaidOrderPaid() {
        fixture.given(opened(), started("k1"), paid("k1"))
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void q6_paidOrderStillAnswersItsReceiptAfterTheLapse() {
        fixture.given(opened(), started("k1"), paid("k1"))
                .when(start("k1", LAPSED_AT))
                .expectNoEvents()
                .expectResultMessagePayload(new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY",
                        new CardReceipt("ref-k1", PAID_AT, PaymentStatus.PAID), null));
    }

    @Test
    void c3_lapseOfARenewalWithoutOrderIsRemembered() {
        fixture.givenNoPriorActivity()
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectEvents(closed());
    }

    @Test
    void q5_renewalAppliedDeliveredAfterTheLapseOpensNothing() {
        fixture.given(closed())
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void q5_orderClosedBeforeItOpenedCannotBePaid() {
        fixture.given(closed())
                .when(start("k1", LAPSED_AT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.window-closed"));
    }

    @Test
    void q5_closedOrderOfAnotherMemberStillDoesNotExistForTheCaller() {
        fixture.given(closed())
                .when(new StartCardChargeCommand(RENEWAL, "M0000002", "k1", "4242", LAPSED_AT))
                .expectNoEvents()
                .expectException(rejection(404, "payment.order-not-found"));
    }

    @Test
    void q5_chargeInFlightAtTheLapseIsRecordedAsPaidAfterTheLapse() {
        fixture.given(opened(), started("k1"), closed())
                .when(recordPayment("k1"))
                .expectEvents(paidAfterLapse("k1"))
                .expectResultMessagePayload(new CardReceipt("ref-k1", PAID_AT, PaymentStatus.PAID_AFTER_LAPSE));
    }

    @Test
    void q5_declineInFlightAtTheLapseIsRecordedAndTheOrderStaysClosed() {
        fixture.given(opened(), started("k1"), closed())
                .when(recordDecline("k1"))
                .expectEvents(declined("k1"));
    }

    @Test
    void q5_staleChargeFromBeforeTheLapseIsSettledBeforeTheRefusal() {
        fixture.given(opened(), started("k1"), closed())
                .when(start("k2", STALE_AT))
                .expectNoEvents()
                .expectResultMessagePayload(settleFirst("k1"));
    }

    @Test
    void q5_retryOfAChargeStillInFlightAtTheLapseIsToldItIsInProgress() {
        fixture.given(opened(), started("k1"), closed())
                .when(start("k1", STARTED_AT.plusSeconds(30)))
                .expectNoEvents()
                .expectException(rejection(409, "payment.charge-in-progress"));
    }

    @Test
    void q5_orderPaidAfterTheLapseRefusesAnotherKey() {
        fixture.given(opened(), started("k1"), closed(), paidAfterLapse("k1"))
                .when(start("k2", LAPSED_AT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.window-closed"));
    }

    @Test
    void q5_orderPaidAfterTheLapseAnswersTheRetriedKeyWithoutCharging() {
        fixture.given(opened(), started("k1"), closed(), paidAfterLapse("k1"))
                .when(start("k1", LAPSED_AT))
                .expectNoEvents()
                .expectResultMessagePayload(new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY",
                        new CardReceipt("ref-k1", PAID_AT, PaymentStatus.PAID_AFTER_LAPSE), null));
    }

    @Test
    void c3_lapseAfterAPaymentAfterTheLapseChangesNothing() {
        fixture.given(opened(), started("k1"), closed(), paidAfterLapse("k1"))
                .when(close())
                .expectNoEvents();
    }
}
