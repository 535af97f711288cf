package itc.renewal.report.submission.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedRequests;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.report.questionnaire.api.FindQuestionnaireQuery;
import itc.renewal.report.questionnaire.domain.Answers;
import itc.renewal.report.submission.api.ActivityReportView.Status;
import itc.renewal.report.submission.api.FindActivityReportQuery;
import itc.renewal.report.submission.api.ReportState;
import itc.renewal.report.submission.api.SubmitActivityReportCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static itc.renewal.report.submission.api.ActivityReportTestData.MEMBER;
import static itc.renewal.report.submission.api.ActivityReportTestData.QUESTIONNAIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The member's report over HTTP (rules R1–R4): the questions, the member's own answers, the answer shapes. */
@WebMvcTest(ActivityReportController.class)
class ActivityReportControllerTest extends SignedWebSlice {

    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    QueryGateway queries;

    @BeforeEach
    void questionnaireOf2027() {
        when(queries.query(any(FindQuestionnaireQuery.class), any(ResponseType.class))).thenAnswer(call -> {
            FindQuestionnaireQuery query = call.getArgument(0);
            boolean known = query.version() != null ? query.version().equals("2027.1") : query.fiscalYear() >= 2027;
            return CompletableFuture.completedFuture(known ? Optional.of(QUESTIONNAIRE) : Optional.empty());
        });
    }

    @Test
    void r2_r4_showsTheQuestionnaireTheStatusAndTheMembersOwnDraft() throws Exception {
        when(queries.query(any(FindActivityReportQuery.class), any(ResponseType.class))).thenReturn(
                CompletableFuture.completedFuture(Optional.of(new ReportState(Status.OPEN, "2027.1", null, null,
                        Map.of("satisfaction", List.of("4")), false))));

        mvc.perform(as(get("/api/activity-reports/2027"), Identity.member(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questionnaireVersion").value("2027.1"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.questions[0].id").value("involvement"))
                .andExpect(jsonPath("$.questions[0].type").value("MULTIPLE_CHOICE"))
                .andExpect(jsonPath("$.questions[2].choices.length()").value(5))
                .andExpect(jsonPath("$.answers.satisfaction[0]").value("4"))
                .andExpect(jsonPath("$.answersErased").value(false));
    }

    @Test
    void r1_beforeTheApplicationTheReportIsNotOpen() throws Exception {
        when(queries.query(any(FindActivityReportQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));

        mvc.perform(as(get("/api/activity-reports/2027"), Identity.member(MEMBER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_OPEN"));
    }

    @Test
    void r2_answersAreTakenAtTheTopLevelOrUnderAnswersNumbersKeepingTheirForm() throws Exception {
        mvc.perform(as(post("/api/activity-reports/2027"), Identity.member(MEMBER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"involvement\":[\"TRAINING\"],\"practiceAreas\":[\"DX_SUPPORT\"],"
                                + "\"satisfaction\":4.5,\"comment\":null}"))
                .andExpect(status().isCreated());
        ArgumentCaptor<SubmitActivityReportCommand> sent = ArgumentCaptor.forClass(SubmitActivityReportCommand.class);
        verify(commands).sendAndWait(sent.capture());
        Answers answers = sent.getValue().answers();
        assertThat(answers.of("satisfaction")).containsExactly("4.5");
        assertThat(answers.of("comment")).isEmpty();
        assertThat(sent.getValue().renewalId()).isEqualTo("2027-" + MEMBER);
    }

    @Test
    void r2_aBodyThatIsNoObjectIsRefusedBeforeAnythingIsSent() throws Exception {
        mvc.perform(as(post("/api/activity-reports/2027"), Identity.member(MEMBER))
                        .contentType(MediaType.APPLICATION_JSON).content("[1,2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.answer-invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("answers"));
        verifyNoInteractions(commands);
    }

    @Test
    void r2_noReportForAYearBeforeTheFirstQuestionnaire() throws Exception {
        when(queries.query(any(FindActivityReportQuery.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(Optional.empty()));

        mvc.perform(as(get("/api/activity-reports/2026"), Identity.member(MEMBER)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("report.no-questionnaire"));
    }

    @Test
    void r4_operatorsHaveNoReportToReadOnlyAggregates() throws Exception {
        mvc.perform(as(get("/api/activity-reports/2027"), new Identity("OP-1", Identity.Role.OPERATOR)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("identity.member-only"));
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
