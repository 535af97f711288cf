package itc.renewal.payment.order.web;

import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.order.api.StartCardChargeCommand;
import itc.renewal.payment.order.command.CardCheckout;
import itc.renewal.payment.order.command.PaymentMethodChoice;
import itc.renewal.payment.order.document.InvoiceRenderer;
import itc.renewal.payment.order.document.ReceiptRenderer;
import itc.renewal.payment.provider.CardPaymentProvider;
import itc.renewal.platformtest.SignedWebSlice;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Instant;

import static itc.renewal.payment.order.web.CardPaymentRequests.MEMBER;
import static itc.renewal.payment.order.web.CardPaymentRequests.RENEWAL;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Paying by card (rule F2) with the real checkout and the simulated provider; gateways are mocked and the order
 * takes every charge. The order's refusals are in {@link PaymentOrderControllerTest}.
 */
@WebMvcTest(PaymentOrderController.class)
@Import({CardCheckout.class, InvoiceRenderer.class, ReceiptRenderer.class})
@ComponentScan(basePackageClasses = CardPaymentProvider.class)
class CardPaymentControllerTest extends SignedWebSlice {

    private static final BigDecimal FEE = new BigDecimal("22000");
    private static final Instant PAID_AT = Instant.parse("2027-04-10T01:00:00Z");

    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private PaymentMethodChoice choice;

    @Test
    void f2_testCardPaysTheOrder() throws Exception {
        awaitingOrder();

        mvc.perform(pay("4242424242424242", "key-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(RENEWAL))
                .andExpect(jsonPath("$.status").value("PAID"))
                .andExpect(jsonPath("$.method").value("CARD"))
                .andExpect(jsonPath("$.paidAt").exists());
        verify(commands).sendAndWait(argThat((Object c) -> c instanceof RecordCardPaymentCommand record
                && record.cardLast4().equals("4242") && record.idempotencyKey().equals("key-1")));
    }

    @Test
    void f2_declinedCardIsRefusedAndTheDeclineRecorded() throws Exception {
        awaitingOrder();

        mvc.perform(pay("4000000000000002", "key-2"))
                .andExpect(status().isPaymentRequired())
                .andExpect(jsonPath("$.code").value("payment.card-declined"))
                .andExpect(jsonPath("$.detail").value("カード決済が承認されませんでした。別のカードをご利用ください。"));
        verify(commands).sendAndWait(argThat((Object c) -> c instanceof RecordCardDeclineCommand decline
                && decline.cardLast4().equals("0002")));
        verify(commands, never()).sendAndWait(argThat((Object c) -> c instanceof RecordCardPaymentCommand));
    }

    @Test
    void f2_numberFailingTheLuhnCheckIsRefusedAndNothingHappens() throws Exception {
        mvc.perform(pay("4242424242424241", "key-3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("payment.card-invalid"));
        verifyNoInteractions(commands);
    }

    @Test
    void f2_requestWithoutIdempotencyKeyIsRefused() throws Exception {
        mvc.perform(as(MEMBER, post("/api/payments/orders/{id}/card", RENEWAL))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cardNumber\":\"4242424242424242\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"));
        verifyNoInteractions(commands);
    }

    @Test
    void f2_chargeStartsOnTheOrderBeforeTheCardIsCharged() throws Exception {
        awaitingOrder();

        mvc.perform(pay("4242424242424242", "key-7"))
                .andExpect(status().isOk());
        InOrder order = inOrder(commands);
        order.verify(commands).sendAndWait(argThat((Object c) -> c instanceof StartCardChargeCommand start
                && start.idempotencyKey().equals("key-7") && start.cardLast4().equals("4242")));
        order.verify(commands).sendAndWait(argThat((Object c) -> c instanceof RecordCardPaymentCommand));
    }

    @Test
    void q5_chargeApprovedAfterTheLapseIsShownAsPaidAfterTheLapse() throws Exception {
        awaitingOrder(PaymentStatus.PAID_AFTER_LAPSE);

        mvc.perform(pay("4242424242424242", "key-9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PAID_AFTER_LAPSE"))
                .andExpect(jsonPath("$.method").value("CARD"));
    }

    private void awaitingOrder() {
        awaitingOrder(PaymentStatus.PAID);
    }

    /** The order answers a charge to make, and records the payment with {@code recordedAs}. */
    private void awaitingOrder(PaymentStatus recordedAs) {
        willAnswer(invocation -> {
            Object command = invocation.getArgument(0);
            if (command instanceof StartCardChargeCommand) {
                return new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY", null, null);
            }
            if (command instanceof RecordCardPaymentCommand record) {
                return new CardReceipt(record.providerReference(), PAID_AT, recordedAs);
            }
            return null;
        }).given(commands).sendAndWait(any());
    }

    private MockHttpServletRequestBuilder pay(String cardNumber, String key) {
        return CardPaymentRequests.cardPayment(signer, cardNumber, key);
    }
}
