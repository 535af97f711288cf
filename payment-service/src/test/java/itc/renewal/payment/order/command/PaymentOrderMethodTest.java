package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.ChoosePaymentMethodCommand;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentTerms;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static itc.renewal.payment.order.command.PaymentOrderTestData.CHOSEN_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.FEE;
import static itc.renewal.payment.order.command.PaymentOrderTestData.LAPSED_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.MEMBER;
import static itc.renewal.payment.order.command.PaymentOrderTestData.RENEWAL;
import static itc.renewal.payment.order.command.PaymentOrderTestData.SLIP;
import static itc.renewal.payment.order.command.PaymentOrderTestData.STARTED_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.choose;
import static itc.renewal.payment.order.command.PaymentOrderTestData.chosen;
import static itc.renewal.payment.order.command.PaymentOrderTestData.closed;
import static itc.renewal.payment.order.command.PaymentOrderTestData.invoice;
import static itc.renewal.payment.order.command.PaymentOrderTestData.invoiced;
import static itc.renewal.payment.order.command.PaymentOrderTestData.opened;
import static itc.renewal.payment.order.command.PaymentOrderTestData.paid;
import static itc.renewal.payment.order.command.PaymentOrderTestData.slipIssued;
import static itc.renewal.payment.order.command.PaymentOrderTestData.start;
import static itc.renewal.payment.order.command.PaymentOrderTestData.started;
import static itc.renewal.platformtest.Rejections.rejection;

/** Rule F1: one method per order, chosen once and recorded; bank transfer issues its invoice at once (F3). */
class PaymentOrderMethodTest {

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void f1_f3_choosingBankTransferRecordsTheChoiceAndIssuesTheQualifiedInvoiceAtOnce() {
        fixture.given(opened())
                .when(choose(PaymentMethod.BANK_TRANSFER))
                .expectEvents(chosen(PaymentMethod.BANK_TRANSFER), invoiced())
                .expectResultMessagePayload(new PaymentTerms(RENEWAL, MEMBER, 2027, FEE, "JPY", LAPSED_AT,
                        PaymentMethod.BANK_TRANSFER, invoice(), null));
    }

    @Test
    void f1_choosingConvenienceStoreAnswersThatTheSlipIsStillToBeObtained() {
        fixture.given(opened())
                .when(choose(PaymentMethod.CONVENIENCE_STORE))
                .expectEvents(chosen(PaymentMethod.CONVENIENCE_STORE))
                .expectResultMessagePayload(new PaymentTerms(RENEWAL, MEMBER, 2027, FEE, "JPY", LAPSED_AT,
                        PaymentMethod.CONVENIENCE_STORE, null, null));
    }

    @Test
    void f1_theSameChoiceAgainChangesNothingAndAnswersTheSlipAlreadyIssued() {
        fixture.given(opened(), chosen(PaymentMethod.CONVENIENCE_STORE), slipIssued())
                .when(choose(PaymentMethod.CONVENIENCE_STORE))
                .expectNoEvents()
                .expectResultMessagePayload(new PaymentTerms(RENEWAL, MEMBER, 2027, FEE, "JPY", LAPSED_AT,
                        PaymentMethod.CONVENIENCE_STORE, null, SLIP));
    }

    @Test
    void f1_anotherMethodAfterTheChoiceIsRefused() {
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced())
                .when(choose(PaymentMethod.CONVENIENCE_STORE))
                .expectNoEvents()
                .expectException(rejection(409, "payment.method-already-chosen"));
    }

    @Test
    void f1_payingByCardAfterChoosingBankTransferIsRefused() {
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced())
                .when(start("k1", STARTED_AT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.method-already-chosen"));
    }

    @Test
    void f1_aCardChargeAlreadyStartedMeansCardWasChosen() {
        fixture.given(opened(), started("k1"))
                .when(choose(PaymentMethod.BANK_TRANSFER))
                .expectNoEvents()
                .expectException(rejection(409, "payment.method-already-chosen"));
    }

    @Test
    void f1_aPaidOrderOffersNoOtherMethod() {
        fixture.given(opened(), started("k1"), paid("k1"))
                .when(choose(PaymentMethod.CONVENIENCE_STORE))
                .expectException(rejection(409, "payment.method-already-chosen"));
    }

    @Test
    void q5_noMethodIsChosenAfterTheLapse() {
        fixture.given(opened(), closed())
                .when(choose(PaymentMethod.BANK_TRANSFER))
                .expectNoEvents()
                .expectException(rejection(409, "payment.window-closed"));
    }

    @Test
    void f1_anotherMembersOrderDoesNotExistForTheCaller() {
        fixture.given(opened())
                .when(new ChoosePaymentMethodCommand(RENEWAL, "M0000002",
                        PaymentMethod.CARD, CHOSEN_AT, null))
                .expectNoEvents()
                .expectException(rejection(404, "payment.order-not-found"));
    }
}
