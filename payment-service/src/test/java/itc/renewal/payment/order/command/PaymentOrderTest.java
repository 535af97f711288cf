package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.StartCardChargeCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static itc.renewal.payment.order.command.PaymentOrderTestData.FEE;
import static itc.renewal.payment.order.command.PaymentOrderTestData.PAID_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.RENEWAL;
import static itc.renewal.payment.order.command.PaymentOrderTestData.declined;
import static itc.renewal.payment.order.command.PaymentOrderTestData.open;
import static itc.renewal.payment.order.command.PaymentOrderTestData.opened;
import static itc.renewal.payment.order.command.PaymentOrderTestData.paid;
import static itc.renewal.payment.order.command.PaymentOrderTestData.recordDecline;
import static itc.renewal.payment.order.command.PaymentOrderTestData.recordPayment;
import static itc.renewal.payment.order.command.PaymentOrderTestData.start;
import static itc.renewal.payment.order.command.PaymentOrderTestData.started;
import static itc.renewal.platformtest.Rejections.rejection;

/** Opening, recording and ownership; the pending-charge rules are in {@link PaymentOrderChargeTest}. */
class PaymentOrderTest {

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void q4_opensAnOrderAwaitingTheFee() {
        fixture.givenNoPriorActivity()
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
    }

    @Test
    void q4_aSecondOpeningOfTheSameRenewalChangesNothing() {
        fixture.given(opened())
                .when(open())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void f2_recordsAnApprovedCardPayment() {
        fixture.given(opened(), started("k1"))
                .when(recordPayment("k1"))
                .expectEvents(paid("k1"))
                .expectResultMessagePayload(new CardReceipt("ref-k1", PAID_AT, PaymentStatus.PAID));
    }

    @Test
    void f2_recordsMoneyThatMovedEvenWithoutAPendingCharge() {
        fixture.given(opened())
                .when(recordPayment("k1"))
                .expectEvents(paid("k1"));
    }

    @Test
    void f1_cannotPayTwice() {
        fixture.given(opened(), started("k1"), paid("k1"))
                .when(recordPayment("k2"))
                .expectNoEvents()
                .expectException(rejection(409, "payment.already-paid"));
    }

    @Test
    void f1_aPaidOrderRefusesANewCardPaymentBeforeAnyCharge() {
        fixture.given(opened(), started("k1"), paid("k1"))
                .when(start("k2", PAID_AT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.already-paid"));
    }

    @Test
    void f2_duplicateIdempotencyKeyRecordsNothing() {
        fixture.given(opened(), started("k1"), paid("k1"))
                .when(recordPayment("k1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new CardReceipt("ref-k1", PAID_AT, PaymentStatus.PAID));
    }

    @Test
    void f2_retriedRequestWithThePaidKeyIsToldItIsPaidWithoutCharging() {
        fixture.given(opened(), started("k1"), paid("k1"))
                .when(start("k1", PAID_AT))
                .expectNoEvents()
                .expectResultMessagePayload(new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY",
                        new CardReceipt("ref-k1", PAID_AT, PaymentStatus.PAID), null));
    }

    @Test
    void f2_declineIsRecordedForTheAudit() {
        fixture.given(opened(), started("k1"))
                .when(recordDecline("k1"))
                .expectEvents(declined("k1"));
    }

    @Test
    void f2_anotherCardMayPayAfterADecline() {
        fixture.given(opened(), started("k1"), declined("k1"), started("k2"))
                .when(recordPayment("k2"))
                .expectEvents(paid("k2"));
    }

    @Test
    void f2_duplicateDeclineKeyRecordsNothing() {
        fixture.given(opened(), started("k1"), declined("k1"))
                .when(recordDecline("k1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void f1_aPaidOrderRecordsNoLaterDecline() {
        fixture.given(opened(), started("k1"), paid("k1"))
                .when(recordDecline("k2"))
                .expectNoEvents()
                .expectException(rejection(409, "payment.already-paid"));
    }

    @Test
    void anotherMembersOrderDoesNotExistForTheCaller() {
        fixture.given(opened())
                .when(new StartCardChargeCommand(RENEWAL, "M0000002", "k1", "4242", PAID_AT))
                .expectNoEvents()
                .expectException(rejection(404, "payment.order-not-found"));
    }
}
