package itc.renewal.report.submission.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedRequests;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.report.submission.api.ActivityReportView.Status;
import itc.renewal.report.submission.api.ActivityReportView;
import itc.renewal.report.submission.api.FindActivityReportQuery;
import itc.renewal.report.submission.domain.Questionnaire;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.concurrent.CompletableFuture;

import static itc.renewal.report.submission.api.ActivityReportTestData.MEMBER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading the questionnaire of a year and the report's status; submitting is in
 * {@link ActivityReportSubmissionControllerTest}.
 */
@WebMvcTest(ActivityReportController.class)
class ActivityReportControllerTest extends SignedWebSlice {

    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    QueryGateway queries;

    @Test
    void r2_showsTheQuestionnaireOfTheYearAndTheStatus() throws Exception {
        Questionnaire questionnaire = Questionnaire.require(2027);
        when(queries.query(any(FindActivityReportQuery.class), eq(ActivityReportView.class)))
                .thenReturn(CompletableFuture.completedFuture(new ActivityReportView(2027, "2027.1",
                        questionnaire.questions(), Status.OPEN, null)));

        mvc.perform(as(get("/api/activity-reports/2027"), Identity.member(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYear").value(2027))
                .andExpect(jsonPath("$.questionnaireVersion").value("2027.1"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.questions[0].id").value("involvement"))
                .andExpect(jsonPath("$.questions[0].type").value("SINGLE_CHOICE"))
                .andExpect(jsonPath("$.questions[0].text").value("ITC協会の施策・活動への関与状況をお選びください。"))
                .andExpect(jsonPath("$.questions[0].choices[0].value").value("ACTIVE"))
                .andExpect(jsonPath("$.questions[2].choices.length()").value(5));
        verify(queries).query(new FindActivityReportQuery(MEMBER, 2027), ActivityReportView.class);
    }

    @Test
    void r2_noReportForAYearBeforeTheFirstQuestionnaire() throws Exception {
        mvc.perform(as(get("/api/activity-reports/2026"), Identity.member(MEMBER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("report.no-questionnaire"));
    }

    @Test
    void q5_showsTheReportClosedByTheLapse() throws Exception {
        Questionnaire questionnaire = Questionnaire.require(2027);
        when(queries.query(any(FindActivityReportQuery.class), eq(ActivityReportView.class)))
                .thenReturn(CompletableFuture.completedFuture(new ActivityReportView(2027, "2027.1",
                        questionnaire.questions(), Status.CLOSED, null)));

        mvc.perform(as(get("/api/activity-reports/2027"), Identity.member(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        mvc.perform(get("/api/activity-reports/2027"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(queries);
    }

    @Test
    void d1_aFiscalYearOutOfRangeIsABadRequest() throws Exception {
        mvc.perform(as(get("/api/activity-reports/99999"), Identity.member(MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.fiscal-year-invalid"));
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Identity identity) {
        return SignedRequests.signed(signer, identity, request);
    }
}
