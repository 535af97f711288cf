package itc.renewal.report.submission.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.platformtest.SignedRequests;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.report.submission.api.SubmitActivityReportCommand;
import itc.renewal.report.submission.domain.Answers;
import itc.renewal.report.submission.domain.Questionnaire;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static itc.renewal.report.submission.api.ActivityReportTestData.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Submitting the caller's report and the refusals; reading it is in {@link ActivityReportControllerTest}. */
@WebMvcTest(ActivityReportController.class)
class ActivityReportSubmissionControllerTest extends SignedWebSlice {

    private static final String ANSWERS = """
            {"involvement":"ACTIVE","practiceAreas":["STRATEGY","DX_SUPPORT"],"satisfaction":4,"comment":"有意義でした"}
            """;

    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    QueryGateway queries;

    @Test
    void r3_submitsTheCallersOwnReport() throws Exception {
        mvc.perform(as(post("/api/activity-reports/2027"), Identity.member(MEMBER)).content(ANSWERS))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/activity-reports/2027"))
                .andExpect(jsonPath("$.renewalId").value("2027-M0000001"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        SubmitActivityReportCommand sent = sentCommand();
        assertThat(sent.renewalId()).isEqualTo("2027-M0000001");
        assertThat(sent.answers().practiceAreas()).containsExactly("STRATEGY", "DX_SUPPORT");
        assertThat(sent.answers().satisfaction()).isEqualTo(4);
    }

    @Test
    void r1_submissionBeforeApplicationIsAProblemDetail() throws Exception {
        doThrow(Rejection.conflict("report.not-open", "実務活動報告書は、資格更新申込み後に回答できます。"))
                .when(commands).sendAndWait(any());

        mvc.perform(as(post("/api/activity-reports/2027"), Identity.member(MEMBER)).content(ANSWERS))
                .andExpect(status().isConflict())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.code").value("report.not-open"))
                .andExpect(jsonPath("$.detail").value("実務活動報告書は、資格更新申込み後に回答できます。"));
    }

    @Test
    void q5_submissionAfterTheLapseIsAProblemDetail() throws Exception {
        doThrow(Rejection.conflict("report.window-closed", "2027年度の更新申請期間が終了したため、実務活動報告は提出できません。"))
                .when(commands).sendAndWait(any());

        mvc.perform(as(post("/api/activity-reports/2027"), Identity.member(MEMBER)).content(ANSWERS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("report.window-closed"))
                .andExpect(jsonPath("$.detail").value("2027年度の更新申請期間が終了したため、実務活動報告は提出できません。"));
    }

    @Test
    void r2_fractionalSatisfactionIsNotTruncatedToAValidAnswer() throws Exception {
        mvc.perform(as(post("/api/activity-reports/2027"), Identity.member(MEMBER))
                        .content(ANSWERS.replace("\"satisfaction\":4", "\"satisfaction\":4.5")))
                .andExpect(status().isCreated());
        Answers sent = sentCommand().answers();
        assertThatThrownBy(() -> Questionnaire.require(2027).validate(sent))
                .hasMessage("設問「満足度」の回答: 1〜5 の整数で選んでください。");
    }

    @Test
    void unreadableBodyIsABadRequest() throws Exception {
        mvc.perform(as(post("/api/activity-reports/2027"), Identity.member(MEMBER)).content("{\"satisfaction\":\"x\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.unreadable"));
        verifyNoInteractions(commands);
    }

    @Test
    void operatorsHaveNoReportToAnswer() throws Exception {
        mvc.perform(as(post("/api/activity-reports/2027"), new Identity("OP001", Identity.Role.OPERATOR))
                        .content(ANSWERS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("report.members-only"));
        verifyNoInteractions(commands);
    }

    private SubmitActivityReportCommand sentCommand() {
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).hasSize(1);
        return (SubmitActivityReportCommand) sent.getValue();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Identity identity) {
        return SignedRequests.signed(signer, identity, request);
    }
}
