package itc.renewal.payment.order.web;

import itc.renewal.payment.order.api.FindMemberPaymentOrdersQuery;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentOrderView;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.order.api.StartCardChargeCommand;
import itc.renewal.payment.order.command.CardCheckout;
import itc.renewal.payment.order.command.PaymentMethodChoice;
import itc.renewal.payment.order.document.InvoiceRenderer;
import itc.renewal.payment.order.document.ReceiptRenderer;
import itc.renewal.payment.provider.CardPaymentProvider;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.platformtest.SignedWebSlice;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static itc.renewal.payment.order.web.CardPaymentRequests.MEMBER;
import static itc.renewal.payment.order.web.CardPaymentRequests.RENEWAL;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The member's orders (rule F5) and the card payments the order refuses before anything is charged (rules F1, F2,
 * Q5), with the real checkout and the simulated provider; gateways are mocked. Paying is in
 * {@link CardPaymentControllerTest}.
 */
@WebMvcTest(PaymentOrderController.class)
@Import({CardCheckout.class, InvoiceRenderer.class, ReceiptRenderer.class})
@ComponentScan(basePackageClasses = CardPaymentProvider.class)
class PaymentOrderControllerTest extends SignedWebSlice {

    private static final BigDecimal FEE = new BigDecimal("22000");

    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private PaymentMethodChoice choice;

    @Test
    void f5_listsTheMembersOwnOrders() throws Exception {
        given(queries.query(any(FindMemberPaymentOrdersQuery.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(new PaymentOrderView(RENEWAL, RENEWAL, 2027,
                        FEE, "JPY", PaymentStatus.AWAITING_PAYMENT, null, null, List.of(PaymentMethod.values()), null, null, null))));

        mvc.perform(as(MEMBER, get("/api/payments/orders")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].orderId").value(RENEWAL))
                .andExpect(jsonPath("$[0].amount").value(22000))
                .andExpect(jsonPath("$[0].status").value("AWAITING_PAYMENT"));
        verify(queries).query(argThat((Object q) -> q.equals(new FindMemberPaymentOrdersQuery("M0000001"))),
                any(ResponseType.class));
    }

    @Test
    void unsignedRequestIsRefused() throws Exception {
        mvc.perform(get("/api/payments/orders"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(queries);
    }

    @Test
    void unknownOrderIsNotFound() throws Exception {
        given(commands.sendAndWait(any(StartCardChargeCommand.class)))
                .willThrow(new AggregateNotFoundException(RENEWAL, "no events"));

        mvc.perform(pay("4242424242424242", "key-4"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("payment.order-not-found"))
                .andExpect(jsonPath("$.detail").value(
                        "お支払い対象の申請が見つかりません。申請直後の場合は数秒後にお試しください。"));
    }

    @Test
    void f1_paidOrderCannotBePaidAgain() throws Exception {
        given(commands.sendAndWait(any(StartCardChargeCommand.class)))
                .willThrow(Rejection.conflict("payment.already-paid", "お支払い済みです。"));

        mvc.perform(pay("4242424242424242", "key-5"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("payment.already-paid"));
    }

    @Test
    void f2_secondKeyWhileAChargeIsPendingIsRefusedAndNothingCharged() throws Exception {
        given(commands.sendAndWait(any(StartCardChargeCommand.class)))
                .willThrow(Rejection.conflict("payment.charge-in-progress", "決済処理中です。"));

        mvc.perform(pay("4242424242424242", "key-6"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("payment.charge-in-progress"));
        verify(commands, never()).sendAndWait(argThat((Object c) -> c instanceof RecordCardPaymentCommand));
        verify(commands, never()).sendAndWait(argThat((Object c) -> c instanceof RecordCardDeclineCommand));
    }

    @Test
    void q5_paymentAfterTheLapseIsRefusedAndNothingCharged() throws Exception {
        given(commands.sendAndWait(any(StartCardChargeCommand.class))).willThrow(Rejection.conflict(
                "payment.window-closed", "2027年度の更新申請期間が終了したため、お支払いいただけません（資格は失効しました）。"));

        mvc.perform(pay("4242424242424242", "key-8"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("payment.window-closed"))
                .andExpect(jsonPath("$.detail").value(
                        "2027年度の更新申請期間が終了したため、お支払いいただけません（資格は失効しました）。"));
        verify(commands, never()).sendAndWait(argThat((Object c) -> c instanceof RecordCardPaymentCommand));
        verify(commands, never()).sendAndWait(argThat((Object c) -> c instanceof RecordCardDeclineCommand));
    }

    private MockHttpServletRequestBuilder pay(String cardNumber, String key) {
        return CardPaymentRequests.cardPayment(signer, cardNumber, key);
    }
}
