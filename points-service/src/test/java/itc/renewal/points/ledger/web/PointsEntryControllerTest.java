package itc.renewal.points.ledger.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.points.ledger.api.CorrectPointsEntryCommand;
import itc.renewal.points.ledger.api.EntryCorrection;
import itc.renewal.points.ledger.api.EntryWithdrawal;
import itc.renewal.points.ledger.api.FindPointsEntryHistoryQuery;
import itc.renewal.points.ledger.api.PointsEntryHistoryView;
import itc.renewal.points.ledger.api.PointsEntryVersionView;
import itc.renewal.points.ledger.api.WithdrawPointsEntryCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rules P3 and P4 over HTTP: correction, withdrawal and history of the caller's own entries. */
@WebMvcTest(PointsEntryController.class)
@TestPropertySource(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
class PointsEntryControllerTest extends SignedWebSlice {

    private static final String CORRECTION = """
            {"activityDate":"2026-11-01","category":"SELF_STUDY","title":"専門書の読書","points":3,"reason":"日付の誤り"}""";

    @MockitoBean
    CommandGateway commandGateway;
    @MockitoBean
    QueryGateway queryGateway;

    @Test
    void p3_correctsAnEntryOfTheCallersOwnLedger() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new EntryCorrection("e1", LocalDate.of(2026, 11, 1), 2026,
                "SELF_STUDY", "専門書の読書", new BigDecimal("3.0"), null, null, new BigDecimal("8.0"), 2026,
                new BigDecimal("8.0"), true));

        mvc.perform(signedAs("M0000001", put("/api/points/entries/e1").content(CORRECTION)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entryId").value("e1"))
                .andExpect(jsonPath("$.activityDate").value("2026-11-01"))
                .andExpect(jsonPath("$.points").value(3.0))
                .andExpect(jsonPath("$.fiscalYearCountedTotal").value(8.0))
                .andExpect(jsonPath("$.previousFiscalYear").value(2026));

        verify(commandGateway).sendAndWait(new CorrectPointsEntryCommand("M0000001", "e1", LocalDate.of(2026, 11, 1),
                "SELF_STUDY", "専門書の読書", new BigDecimal("3"), null, null, "日付の誤り"));
    }

    @Test
    void p3_withdrawsWithAnOptionalReason() throws Exception {
        when(commandGateway.sendAndWait(any())).thenReturn(new EntryWithdrawal("e1", 2026, new BigDecimal("4.0")));

        mvc.perform(signedAs("M0000001", post("/api/points/entries/e1/withdrawal")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYearCountedTotal").value(4.0));
        mvc.perform(signedAs("M0000001", post("/api/points/entries/e1/withdrawal").content("""
                        {"reason":"重複して登録したため"}""")))
                .andExpect(status().isOk());

        verify(commandGateway).sendAndWait(new WithdrawPointsEntryCommand("M0000001", "e1", null));
        verify(commandGateway).sendAndWait(new WithdrawPointsEntryCommand("M0000001", "e1", "重複して登録したため"));
    }

    @Test
    void p4_answersALockedFiscalYearWithConflict() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(Rejection.conflict("points.fiscal-year-locked",
                "2026年度のポイントは、2027年度の資格更新を申請済みのため登録・変更できません。"));

        mvc.perform(signedAs("M0000001", put("/api/points/entries/e1").content(CORRECTION)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("points.fiscal-year-locked"))
                .andExpect(jsonPath("$.detail").value("2026年度のポイントは、2027年度の資格更新を申請済みのため登録・変更できません。"));
    }

    @Test
    void p3_answersACorrectionWithoutTitleWithBadRequest() throws Exception {
        mvc.perform(signedAs("M0000001", put("/api/points/entries/e1").content("""
                        {"activityDate":"2026-11-01","category":"SELF_STUDY","points":3}""")))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    /** The correction's date is read as the registration's: a time and zone are refused, never cut off (D1). */
    @Test
    void d1_p6_aCorrectionWithATimeInItsActivityDateIsRefused() throws Exception {
        mvc.perform(signedAs("M0000001", put("/api/points/entries/e1").content("""
                        {"activityDate":"2027-03-31T15:30:00Z","category":"SELF_STUDY","title":"読書","points":1}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.unreadable"))
                .andExpect(jsonPath("$.errors[0].field").value("activityDate"));
        verifyNoInteractions(commandGateway);
    }

    @Test
    void p3_listsTheVersionsOfTheCallersEntry() throws Exception {
        when(queryGateway.query(any(FindPointsEntryHistoryQuery.class), eq(PointsEntryHistoryView.class)))
                .thenReturn(CompletableFuture.completedFuture(new PointsEntryHistoryView("e1", "M0000001", List.of(
                        version(1, "REGISTERED", null), version(2, "WITHDRAWN", "重複")))));

        mvc.perform(signedAs("M0000001", get("/api/points/entries/e1/history")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].version").value(1))
                .andExpect(jsonPath("$.versions[0].action").value("REGISTERED"))
                .andExpect(jsonPath("$.versions[0].recordedAt").value("2027-04-10T09:00:00+09:00"))
                .andExpect(jsonPath("$.versions[1].action").value("WITHDRAWN"))
                .andExpect(jsonPath("$.versions[1].reason").value("重複"));
    }

    @Test
    void p3_refusesTheHistoryOfAnotherMembersEntry() throws Exception {
        when(queryGateway.query(any(FindPointsEntryHistoryQuery.class), eq(PointsEntryHistoryView.class)))
                .thenReturn(CompletableFuture.completedFuture(new PointsEntryHistoryView("e1", "M0000002",
                        List.of(version(1, "REGISTERED", null)))));

        mvc.perform(signedAs("M0000001", get("/api/points/entries/e1/history")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("points.entry-of-another-member"));
    }

    @Test
    void p3_answersTheHistoryOfAnUnknownEntryWithNotFound() throws Exception {
        when(queryGateway.query(any(FindPointsEntryHistoryQuery.class), eq(PointsEntryHistoryView.class)))
                .thenReturn(CompletableFuture.completedFuture(new PointsEntryHistoryView("e9", null, List.of())));

        mvc.perform(signedAs("M0000001", get("/api/points/entries/e9/history")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("points.entry-not-found"));
    }

    @Test
    void p3_refusesOperatorsOnMemberEntries() throws Exception {
        mvc.perform(signed(new Identity("OP-1", Identity.Role.OPERATOR), post("/api/points/entries/e1/withdrawal")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("identity.member-only"));

        verifyNoInteractions(commandGateway);
    }

    private static PointsEntryVersionView version(int version, String action, String reason) {
        return new PointsEntryVersionView(version, action, OffsetDateTime.parse("2027-04-10T09:00:00+09:00"),
                LocalDate.of(2026, 10, 1), 2026, "SELF_STUDY", "読書", new BigDecimal("2.0"), null, null, reason);
    }

    private MockHttpServletRequestBuilder signedAs(String memberId, MockHttpServletRequestBuilder request) {
        return signed(Identity.member(memberId), request);
    }

    private MockHttpServletRequestBuilder signed(Identity identity, MockHttpServletRequestBuilder request) {
        return as(identity, request);
    }
}
