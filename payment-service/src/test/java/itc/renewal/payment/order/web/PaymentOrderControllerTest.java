package itc.renewal.payment.order.web;

import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.FindMemberPaymentOrdersQuery;
import itc.renewal.payment.order.api.PaymentOrderView;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.order.api.StartCardChargeCommand;
import itc.renewal.payment.order.command.CardCheckout;
import itc.renewal.payment.provider.CardPaymentProvider;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentityFilter;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platform.identity.IdentityWebConfiguration;
import itc.renewal.platform.problem.ProblemConfiguration;
import itc.renewal.platform.problem.Rejection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The payment endpoints with the real checkout and the simulated provider; gateways are mocked. */
@WebMvcTest(PaymentOrderController.class)
@Import({CardCheckout.class, IdentityWebConfiguration.class, ProblemConfiguration.class,
        PaymentOrderControllerTest.PlatformWeb.class})
@ComponentScan(basePackageClasses = CardPaymentProvider.class)
class PaymentOrderControllerTest {

    /** The web part of platform only: its messaging beans need Kafka and a database this slice has not. */
    @TestConfiguration(proxyBeanMethods = false)
    static class PlatformWeb {

        @Bean
        IdentitySigner identitySigner(@Value("${platform.identity.secret}") String secret) {
            return new IdentitySigner(secret);
        }

        @Bean
        FilterRegistrationBean<IdentityFilter> identityFilter(IdentitySigner signer) {
            FilterRegistrationBean<IdentityFilter> registration =
                    new FilterRegistrationBean<>(new IdentityFilter(signer, Clock.systemUTC()));
            registration.addUrlPatterns("/api/*");
            return registration;
        }

        @Bean
        BusinessClock businessClock() {
            return BusinessClock.system();
        }
    }

    private static final String RENEWAL = "2027-M0000001";
    private static final BigDecimal FEE = new BigDecimal("22000");
    private static final Instant PAID_AT = Instant.parse("2027-04-10T01:00:00Z");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private IdentitySigner signer;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;

    @Test
    void f5_listsTheMembersOwnOrders() throws Exception {
        given(queries.query(any(FindMemberPaymentOrdersQuery.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(List.of(new PaymentOrderView(RENEWAL, RENEWAL, 2027,
                        FEE, "JPY", PaymentStatus.AWAITING_PAYMENT, null, null))));

        mvc.perform(signed(get("/api/payments/orders")))
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
        mvc.perform(signed(post("/api/payments/orders/{id}/card", RENEWAL))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cardNumber\":\"4242424242424242\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"));
        verifyNoInteractions(commands);
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
        return signed(post("/api/payments/orders/{id}/card", RENEWAL))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"cardNumber\":\"" + cardNumber + "\",\"idempotencyKey\":\"" + key + "\"}");
    }

    private MockHttpServletRequestBuilder signed(MockHttpServletRequestBuilder request) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member("M0000001"), Instant.now()).forEach(headers::add);
        return request.headers(headers);
    }
}
