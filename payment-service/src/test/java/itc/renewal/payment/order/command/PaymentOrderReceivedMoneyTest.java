package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.ConfirmPaymentCommand;
import itc.renewal.payment.order.api.IssueReceiptCommand;
import itc.renewal.payment.order.api.PaymentConfirmedEvent;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.Receipt;
import itc.renewal.payment.order.api.ReceiptIssuedEvent;
import itc.renewal.payment.order.api.ReceivedPayment;
import itc.renewal.payment.order.api.ReceivedPaymentOutcome;
import itc.renewal.payment.order.api.RecordReceivedPaymentCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.payment.order.command.PaymentOrderTestData.FEE;
import static itc.renewal.payment.order.command.PaymentOrderTestData.MEMBER;
import static itc.renewal.payment.order.command.PaymentOrderTestData.PAID_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.RENEWAL;
import static itc.renewal.payment.order.command.PaymentOrderTestData.STARTED_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.chosen;
import static itc.renewal.payment.order.command.PaymentOrderTestData.close;
import static itc.renewal.payment.order.command.PaymentOrderTestData.closed;
import static itc.renewal.payment.order.command.PaymentOrderTestData.invoiced;
import static itc.renewal.payment.order.command.PaymentOrderTestData.opened;
import static itc.renewal.payment.order.command.PaymentOrderTestData.receive;
import static itc.renewal.payment.order.command.PaymentOrderTestData.received;
import static itc.renewal.payment.order.command.PaymentOrderTestData.slipIssued;
import static itc.renewal.payment.order.command.PaymentOrderTestData.started;
import static itc.renewal.payment.order.command.PaymentOrderTestData.transfer;
import static itc.renewal.payment.order.command.PaymentOrderTestData.unapplied;
import static itc.renewal.platformtest.Rejections.rejection;

/**
 * Rules F3, F4, Q5: money received by bank transfer or at a store pays the order only as the exact fee by the method
 * chosen; all other money is recorded and listed, never lost nor applied silently. Operators confirm by hand.
 */
class PaymentOrderReceivedMoneyTest {

    private final AggregateTestFixture<PaymentOrder> fixture = new AggregateTestFixture<>(PaymentOrder.class);

    @Test
    void f3_theExactFeeByBankTransferPaysTheOrder() {
        ReceivedPayment line = transfer("line-1", "22000");
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced())
                .when(receive(PaymentMethod.BANK_TRANSFER, line))
                .expectEvents(received(PaymentMethod.BANK_TRANSFER, line))
                .expectResultMessagePayload(ReceivedPaymentOutcome.PAID);
    }

    @Test
    void f3_theSameStatementLineAgainChangesNothing() {
        ReceivedPayment line = transfer("line-1", "22000");
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced(),
                        received(PaymentMethod.BANK_TRANSFER, line))
                .when(receive(PaymentMethod.BANK_TRANSFER, line))
                .expectNoEvents()
                .expectResultMessagePayload(ReceivedPaymentOutcome.ALREADY_RECORDED);
    }

    @Test
    void f3_aShortTransferIsListedAndLeavesTheOrderUnpaid() {
        ReceivedPayment line = transfer("line-1", "21560");
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced())
                .when(receive(PaymentMethod.BANK_TRANSFER, line))
                .expectEvents(unapplied(PaymentMethod.BANK_TRANSFER, line, ReceivedPaymentOutcome.SHORT))
                .expectResultMessagePayload(ReceivedPaymentOutcome.SHORT);
    }

    @Test
    void f3_anOverTransferIsListedAndLeavesTheOrderUnpaid() {
        ReceivedPayment line = transfer("line-1", "22440");
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced())
                .when(receive(PaymentMethod.BANK_TRANSFER, line))
                .expectEvents(unapplied(PaymentMethod.BANK_TRANSFER, line, ReceivedPaymentOutcome.OVER));
    }

    @Test
    void f3_aSecondTransferForAPaidOrderIsListedAsDuplicate() {
        ReceivedPayment first = transfer("line-1", "22000");
        ReceivedPayment second = transfer("line-2", "22000");
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced(),
                        received(PaymentMethod.BANK_TRANSFER, first))
                .when(receive(PaymentMethod.BANK_TRANSFER, second))
                .expectEvents(unapplied(PaymentMethod.BANK_TRANSFER, second, ReceivedPaymentOutcome.DUPLICATE));
    }

    @Test
    void f3_aTransferForAnOrderToBePaidByCardIsListed() {
        ReceivedPayment line = transfer("line-1", "22000");
        fixture.given(opened(), chosen(PaymentMethod.CARD, STARTED_AT))
                .when(receive(PaymentMethod.BANK_TRANSFER, line))
                .expectEvents(unapplied(PaymentMethod.BANK_TRANSFER, line, ReceivedPaymentOutcome.OTHER_METHOD));
    }

    @Test
    void q5_moneyAfterTheLapsePaysNothingAndIsListedForARefund() {
        ReceivedPayment line = transfer("line-1", "22000");
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced(), closed())
                .when(receive(PaymentMethod.BANK_TRANSFER, line))
                .expectEvents(unapplied(PaymentMethod.BANK_TRANSFER, line, ReceivedPaymentOutcome.AFTER_LAPSE));
    }

    @Test
    void q5_aLapseLeavesAnOrderPaidByTransferPaid() {
        ReceivedPayment line = transfer("line-1", "22000");
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced(),
                        received(PaymentMethod.BANK_TRANSFER, line))
                .when(close())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void f1_theStoreNetworksNotificationOfTheOrdersSlipPaysIt() {
        ReceivedPayment till = new ReceivedPayment("store-n1", FEE, LocalDate.of(2027, 4, 12), "シミュレーションマート",
                PAID_AT);
        fixture.given(opened(), chosen(PaymentMethod.CONVENIENCE_STORE), slipIssued())
                .when(receive(PaymentMethod.CONVENIENCE_STORE, till))
                .expectEvents(received(PaymentMethod.CONVENIENCE_STORE, till));
    }

    @Test
    void f1_aNotificationForAnotherSlipIsRefused() {
        ReceivedPayment till = new ReceivedPayment("store-n1", FEE, LocalDate.of(2027, 4, 12), "シミュレーションマート",
                PAID_AT);
        fixture.given(opened(), chosen(PaymentMethod.CONVENIENCE_STORE), slipIssued())
                .when(new RecordReceivedPaymentCommand(RENEWAL, PaymentMethod.CONVENIENCE_STORE, till, "199999999999"))
                .expectNoEvents()
                .expectException(rejection(422, "payment.slip-unknown"));
    }

    @Test
    void f3_anOperatorConfirmsAPaymentByHandWithAReason() {
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced())
                .when(new ConfirmPaymentCommand(RENEWAL, "operator", " 振込番号なしの振込を確認 ", PAID_AT))
                .expectEvents(new PaymentConfirmedEvent(RENEWAL, MEMBER, 2027, FEE, "JPY",
                        PaymentMethod.BANK_TRANSFER, "operator", "振込番号なしの振込を確認", PAID_AT));
    }

    @Test
    void f3_aConfirmationWithoutAReasonIsRefused() {
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced())
                .when(new ConfirmPaymentCommand(RENEWAL, "operator", "  ", PAID_AT))
                .expectNoEvents()
                .expectException(rejection(400, "payment.reason-required"));
    }

    @Test
    void f3_noConfirmationWhileACardChargeMayStillPay() {
        fixture.given(opened(), started("k1"))
                .when(new ConfirmPaymentCommand(RENEWAL, "operator", "入金確認", PAID_AT))
                .expectNoEvents()
                .expectException(rejection(409, "payment.charge-in-progress"));
    }

    @Test
    void q5_noConfirmationAfterTheLapse() {
        fixture.given(opened(), closed())
                .when(new ConfirmPaymentCommand(RENEWAL, "operator", "入金確認", PAID_AT))
                .expectException(rejection(409, "payment.window-closed"));
    }

    @Test
    void f4_aPaidOrderGetsOneReceipt() {
        ReceivedPayment line = transfer("line-1", "22000");
        Receipt receipt = new Receipt("RCT-" + RENEWAL, LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 12),
                "株式会社見本", "協会", "T9234567890123", "2027年度 ITコーディネータ資格更新料",
                PaymentMethod.BANK_TRANSFER, new BigDecimal("20000"), 10, new BigDecimal("2000"), FEE);
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced(),
                        received(PaymentMethod.BANK_TRANSFER, line))
                .when(new IssueReceiptCommand(RENEWAL, receipt))
                .expectEvents(new ReceiptIssuedEvent(RENEWAL, MEMBER, receipt));
        fixture.given(opened(), chosen(PaymentMethod.BANK_TRANSFER), invoiced(),
                        received(PaymentMethod.BANK_TRANSFER, line), new ReceiptIssuedEvent(RENEWAL, MEMBER, receipt))
                .when(new IssueReceiptCommand(RENEWAL, receipt))
                .expectNoEvents();
    }

    @Test
    void f4_anUnpaidOrderGetsNoReceipt() {
        Receipt receipt = new Receipt("RCT-" + RENEWAL, LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 12),
                "上様", "協会", "T9234567890123", "2027年度 ITコーディネータ資格更新料", PaymentMethod.CARD,
                new BigDecimal("20000"), 10, new BigDecimal("2000"), FEE);
        fixture.given(opened())
                .when(new IssueReceiptCommand(RENEWAL, receipt))
                .expectNoEvents();
    }
}
