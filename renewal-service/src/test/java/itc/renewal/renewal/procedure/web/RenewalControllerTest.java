package itc.renewal.renewal.procedure.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.renewal.procedure.api.ApplyForRenewalCommand;
import itc.renewal.renewal.procedure.api.FindRenewalDetailQuery;
import itc.renewal.renewal.procedure.api.RenewalApplicationAccepted;
import itc.renewal.renewal.procedure.api.RenewalDetailView;
import itc.renewal.renewal.procedure.query.RenewalDetailsFixture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RenewalController.class)
class RenewalControllerTest extends SignedWebSlice {

    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    QueryGateway queries;

    private MockHttpServletRequestBuilder signed(MockHttpServletRequestBuilder request) {
        return as(Identity.member("M0000001"), request);
    }

    private static MockHttpServletRequestBuilder apply(String body) {
        return post("/api/renewals/2027").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void a1_applicationAnswers201WithTheFee() throws Exception {
        when(commands.sendAndWait(new ApplyForRenewalCommand("M0000001", 2027, "2027.1")))
                .thenReturn(new RenewalApplicationAccepted("2027-M0000001", 2027, new BigDecimal("22000"), false));

        mvc.perform(signed(apply("{\"termsVersion\":\"2027.1\"}")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/renewals/2027"))
                .andExpect(jsonPath("$.renewalId").value("2027-M0000001"))
                .andExpect(jsonPath("$.fiscalYear").value(2027))
                .andExpect(jsonPath("$.feeAmount").value(22000))
                .andExpect(jsonPath("$.feeWaived").value(false))
                .andExpect(jsonPath("$.status").value("APPLIED"));
    }

    @Test
    void q3_refusalBecomesAProblemDetail() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(Rejection.unprocessable("renewal.points-insufficient",
                "更新用ポイントが不足です（2026年度の登録: 9.0 / 10 ポイント）"));

        mvc.perform(signed(apply("{\"termsVersion\":\"2027.1\"}")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.code").value("renewal.points-insufficient"))
                .andExpect(jsonPath("$.detail").value("更新用ポイントが不足です（2026年度の登録: 9.0 / 10 ポイント）"));
    }

    @Test
    void a2_termsVersionIsRequired() throws Exception {
        mvc.perform(signed(apply("{}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"));
        verifyNoInteractions(commands);
    }

    @Test
    void a1_unsignedRequestsAreRefused() throws Exception {
        mvc.perform(apply("{\"termsVersion\":\"2027.1\"}"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(commands);
    }

    @Test
    void a1_absurdFiscalYearIsBadInput() throws Exception {
        mvc.perform(signed(get("/api/renewals/1999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.fiscal-year-invalid"));
    }

    @Test
    void a2_detailOfTheMembersOwnRenewal() throws Exception {
        RenewalDetailView view = RenewalDetailsFixture.notApplied();
        when(queries.query(new FindRenewalDetailQuery("M0000001", 2027), RenewalDetailView.class))
                .thenReturn(CompletableFuture.completedFuture(view));

        mvc.perform(signed(get("/api/renewals/2027")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("2027年度資格更新"))
                .andExpect(jsonPath("$.notice").value("必ず年度をご確認ください"))
                .andExpect(jsonPath("$.terms.version").value("2027.1"))
                .andExpect(jsonPath("$.fee.amount").value(22000))
                .andExpect(jsonPath("$.fee.currency").value("JPY"))
                .andExpect(jsonPath("$.status").value("NOT_APPLIED"))
                .andExpect(jsonPath("$.steps.applied").value(false))
                .andExpect(jsonPath("$.missing[0]").value("APPLICATION"))
                .andExpect(jsonPath("$.window.closesAt").value("2027-06-01T00:00:00+09:00"));
        verify(queries).query(eq(new FindRenewalDetailQuery("M0000001", 2027)), eq(RenewalDetailView.class));
    }

    @Test
    void a1_unknownHolderIs404() throws Exception {
        when(queries.query(any(FindRenewalDetailQuery.class), eq(RenewalDetailView.class)))
                .thenReturn(CompletableFuture.failedFuture(Rejection.notFound("qualification.not-found", "未登録")));

        mvc.perform(signed(get("/api/renewals/2027")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("qualification.not-found"));
    }

    /** Two submits racing past the "already applied" check: the event store keeps one stream (A1). */
    @Test
    void a1_losingARaceForTheSameRenewalIs409AlreadyApplied() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new AggregateStreamCreationException("2027-M0000001 exists"));

        mvc.perform(signed(apply("{\"termsVersion\":\"2027.1\"}")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("renewal.already-applied"))
                .andExpect(jsonPath("$.detail").value("2027年度の資格更新はすでに申請済みです。"));
    }
}
