package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.PrepareCardPaymentCommand;
import itc.renewal.platform.problem.Rejection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static itc.renewal.payment.order.command.PaymentOrderTestData.FEE;
import static itc.renewal.payment.order.command.PaymentOrderTestData.MEMBER;
import static itc.renewal.payment.order.command.PaymentOrderTestData.PAID_AT;
import static itc.renewal.payment.order.command.PaymentOrderTestData.RENEWAL;
import static itc.renewal.payment.order.command.PaymentOrderTestData.declined;
import static itc.renewal.payment.order.command.PaymentOrderTestData.open;
import static itc.renewal.payment.order.command.PaymentOrderTestData.opened;
import static itc.renewal.payment.order.command.PaymentOrderTestData.paid;
import static itc.renewal.payment.order.command.PaymentOrderTestData.recordDecline;
import static itc.renewal.payment.order.command.PaymentOrderTestData.recordPayment;

class PaymentOrderTest {

    private AggregateTestFixture<PaymentOrder> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PaymentOrder.class);
    }

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
    void f2_preparingAnAwaitingOrderAnswersItsAmount() {
        fixture.given(opened())
                .when(new PrepareCardPaymentCommand(RENEWAL, MEMBER, "k1"))
                .expectNoEvents()
                .expectResultMessagePayload(new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY", null));
    }

    @Test
    void f2_recordsAnApprovedCardPayment() {
        fixture.given(opened())
                .when(recordPayment("k1"))
                .expectEvents(paid("k1"))
                .expectResultMessagePayload(new CardReceipt("ref-k1", PAID_AT));
    }

    @Test
    void f1_cannotPayTwice() {
        fixture.given(opened(), paid("k1"))
                .when(recordPayment("k2"))
                .expectNoEvents()
                .expectException(rejection("payment.already-paid", 409));
    }

    @Test
    void f1_aPaidOrderRefusesANewCardPaymentBeforeAnyCharge() {
        fixture.given(opened(), paid("k1"))
                .when(new PrepareCardPaymentCommand(RENEWAL, MEMBER, "k2"))
                .expectNoEvents()
                .expectException(rejection("payment.already-paid", 409));
    }

    @Test
    void f2_duplicateIdempotencyKeyRecordsNothing() {
        fixture.given(opened(), paid("k1"))
                .when(recordPayment("k1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new CardReceipt("ref-k1", PAID_AT));
    }

    @Test
    void f2_retriedRequestWithThePaidKeyIsToldItIsPaidWithoutCharging() {
        fixture.given(opened(), paid("k1"))
                .when(new PrepareCardPaymentCommand(RENEWAL, MEMBER, "k1"))
                .expectNoEvents()
                .expectResultMessagePayload(new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY",
                        new CardReceipt("ref-k1", PAID_AT)));
    }

    @Test
    void f2_declineIsRecordedForTheAudit() {
        fixture.given(opened())
                .when(recordDecline("k1"))
                .expectEvents(declined("k1"));
    }

    @Test
    void f2_declinedOrderKeepsAwaitingPayment() {
        fixture.given(opened(), declined("k1"))
                .when(new PrepareCardPaymentCommand(RENEWAL, MEMBER, "k2"))
                .expectNoEvents()
                .expectResultMessagePayload(new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY", null));
    }

    @Test
    void f2_anotherCardMayPayAfterADecline() {
        fixture.given(opened(), declined("k1"))
                .when(recordPayment("k2"))
                .expectEvents(paid("k2"));
    }

    @Test
    void f2_duplicateDeclineKeyRecordsNothing() {
        fixture.given(opened(), declined("k1"))
                .when(recordDecline("k1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void f1_aPaidOrderRecordsNoLaterDecline() {
        fixture.given(opened(), paid("k1"))
                .when(recordDecline("k2"))
                .expectNoEvents()
                .expectException(rejection("payment.already-paid", 409));
    }

    @Test
    void anotherMembersOrderDoesNotExistForTheCaller() {
        fixture.given(opened())
                .when(new PrepareCardPaymentCommand(RENEWAL, "M0000002", "k1"))
                .expectNoEvents()
                .expectException(rejection("payment.order-not-found", 404));
    }

    private static Matcher<Rejection> rejection(String code, int status) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Rejection rejection) {
                return rejection.code().equals(code) && rejection.status() == status;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("rejection " + status + " " + code);
            }
        };
    }
}
