package itc.renewal.points.ledger.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.points.ledger.api.CategorySubtotalView;
import itc.renewal.points.ledger.api.FindFiscalYearPointsQuery;
import itc.renewal.points.ledger.api.FiscalYearPointsView;
import itc.renewal.points.ledger.api.PointsEntryView;
import itc.renewal.points.ledger.api.PointsRegistration;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PointsController.class)
@TestPropertySource(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
class PointsControllerTest extends SignedWebSlice {

    private static final String BODY = """
            {"activityDate":"2026-10-01","category":"SELF_STUDY","title":"ITC実践研究会","points":2.5}""";

    @MockitoBean
    CommandGateway commandGateway;
    @MockitoBean
    QueryGateway queryGateway;

    @Test
    void p1_registersAnEntryInTheCallersOwnLedger() throws Exception {
        when(commandGateway.sendAndWait(any())).thenAnswer(call -> {
            RegisterPointsCommand command = call.getArgument(0);
            return new PointsRegistration(command.entryId(), 2026, new BigDecimal("2.5"), new BigDecimal("8.5"));
        });

        mvc.perform(signedAs("M0000001", post("/api/points/entries").content(BODY)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.entryId").isString())
                .andExpect(jsonPath("$.fiscalYear").value(2026))
                .andExpect(jsonPath("$.points").value(2.5))
                .andExpect(jsonPath("$.fiscalYearCountedTotal").value(8.5));

        verify(commandGateway).sendAndWait(ArgumentMatchers.<RegisterPointsCommand>argThat(command ->
                command.memberId().equals("M0000001") && command.activityDate().equals(LocalDate.of(2026, 10, 1))
                        && command.points().compareTo(new BigDecimal("2.5")) == 0 && command.note() == null));
    }

    @Test
    void p2_answersAnAssociationOnlyCategoryWithForbiddenProblem() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(Rejection.forbidden("points.category-association-only",
                "「協会主催研修」のポイントは協会が登録します。ご自身では登録できません。"));

        mvc.perform(signedAs("M0000001", post("/api/points/entries").content(BODY)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.code").value("points.category-association-only"))
                .andExpect(jsonPath("$.detail").value("「協会主催研修」のポイントは協会が登録します。ご自身では登録できません。"));
    }

    @Test
    void p2_passesHoursToTheLedger() throws Exception {
        when(commandGateway.sendAndWait(any())).thenAnswer(call -> {
            RegisterPointsCommand command = call.getArgument(0);
            return new PointsRegistration(command.entryId(), 2026, new BigDecimal("1.5"), new BigDecimal("1.5"));
        });

        mvc.perform(signedAs("M0000001", post("/api/points/entries").content("""
                        {"activityDate":"2026-10-01","category":"ASSOCIATION_TRAINING_CLASSROOM","title":"集合研修","hours":3}""")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.points").value(1.5));

        verify(commandGateway).sendAndWait(ArgumentMatchers.<RegisterPointsCommand>argThat(command ->
                command.points() == null && command.hours().compareTo(new BigDecimal("3")) == 0));
    }

    @Test
    void p6_answersAMissingActivityDateWithBadRequestAndChangesNothing() throws Exception {
        mvc.perform(signedAs("M0000001", post("/api/points/entries").content("""
                        {"category":"SELF_STUDY","title":"読書","points":1}""")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void p6_answersPointsThatAreNotANumberWithBadRequest() throws Exception {
        mvc.perform(signedAs("M0000001", post("/api/points/entries").content("""
                        {"activityDate":"2026-10-01","category":"SELF_STUDY","title":"読書","points":"many"}""")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("points"));

        verifyNoInteractions(commandGateway);
    }

    /** 2027-03-31T15:30:00Z is 1 April in Japan: never read as 31 March (the wrong fiscal year), refused instead. */
    @Test
    void d1_p6_anActivityDateWithATimeIsRefusedNotTruncated() throws Exception {
        for (String wrong : new String[] {"2027-03-31T15:30:00Z", "2027-03-31T00:00", "2027/03/31", "2027-02-30"}) {
            mvc.perform(signedAs("M0000001", post("/api/points/entries").content("""
                            {"activityDate":"%s","category":"SELF_STUDY","title":"読書","points":1}""".formatted(wrong))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("request.unreadable"))
                    .andExpect(jsonPath("$.errors[0].field").value("activityDate"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(wrong)));
        }
        verifyNoInteractions(commandGateway);
    }

    @Test
    void p1_refusesAnUnsignedRequest() throws Exception {
        mvc.perform(post("/api/points/entries").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("identity.missing"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void p1_listsThePreviousFiscalYearByDefault() throws Exception {
        FiscalYearPointsView view = new FiscalYearPointsView("M0000001", 2026, List.of(new PointsEntryView("e1",
                LocalDate.of(2026, 10, 1), "SELF_STUDY", "読書", new BigDecimal("7.0"), null, new BigDecimal("6.0"),
                true, null, false)), List.of(new CategorySubtotalView("SELF_STUDY", new BigDecimal("7.0"),
                new BigDecimal("6.0"), new BigDecimal("6.0"))), new BigDecimal("7.0"), new BigDecimal("6.0"), true);
        when(queryGateway.query(any(FindFiscalYearPointsQuery.class), eq(FiscalYearPointsView.class)))
                .thenReturn(CompletableFuture.completedFuture(view));

        mvc.perform(signedAs("M0000001", get("/api/points")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value("M0000001"))
                .andExpect(jsonPath("$.fiscalYear").value(2026))
                .andExpect(jsonPath("$.entries[0].entryId").value("e1"))
                .andExpect(jsonPath("$.entries[0].activityDate").value("2026-10-01"))
                .andExpect(jsonPath("$.entries[0].points").value(7.0))
                .andExpect(jsonPath("$.entries[0].countedPoints").value(6.0))
                .andExpect(jsonPath("$.entries[0].capped").value(true))
                .andExpect(jsonPath("$.categories[0].category").value("SELF_STUDY"))
                .andExpect(jsonPath("$.categories[0].subtotal").value(7.0))
                .andExpect(jsonPath("$.categories[0].cap").value(6.0))
                .andExpect(jsonPath("$.categories[0].countedSubtotal").value(6.0))
                .andExpect(jsonPath("$.rawTotal").value(7.0))
                .andExpect(jsonPath("$.countedTotal").value(6.0))
                .andExpect(jsonPath("$.locked").value(true));

        verify(queryGateway).query(new FindFiscalYearPointsQuery("M0000001", 2026), FiscalYearPointsView.class);
    }

    @Test
    void p6_answersAnImpossibleFiscalYearWithBadRequest() throws Exception {
        mvc.perform(signedAs("M0000001", get("/api/points").param("fiscalYear", "26")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.fiscal-year-invalid"));

        verifyNoInteractions(queryGateway);
    }

    @Test
    void p1_refusesOperatorsOnTheMemberLedger() throws Exception {
        mvc.perform(signed(new Identity("OP-1", Identity.Role.OPERATOR), get("/api/points")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("identity.member-only"));

        verifyNoInteractions(queryGateway);
    }

    private MockHttpServletRequestBuilder signedAs(String memberId, MockHttpServletRequestBuilder request) {
        return signed(Identity.member(memberId), request);
    }

    private MockHttpServletRequestBuilder signed(Identity identity, MockHttpServletRequestBuilder request) {
        return as(identity, request);
    }
}
