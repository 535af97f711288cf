package itc.renewal.report.report.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentityFilter;
import itc.renewal.platform.identity.IdentityWebConfiguration;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platform.problem.ProblemConfiguration;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.report.report.api.ActivityReportView;
import itc.renewal.report.report.api.Answers;
import itc.renewal.report.report.api.ActivityReportView.Status;
import itc.renewal.report.report.api.FindActivityReportQuery;
import itc.renewal.report.report.api.Questionnaire;
import itc.renewal.report.report.api.SubmitActivityReportCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import static itc.renewal.report.report.api.ActivityReportTestData.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ActivityReportController.class)
@Import(ActivityReportControllerTest.PlatformWeb.class)
class ActivityReportControllerTest {

    private static final String ANSWERS = """
            {"involvement":"ACTIVE","practiceAreas":["STRATEGY","DX_SUPPORT"],"satisfaction":4,"comment":"有意義でした"}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentitySigner signer;
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
    void anUnsignedRequestIsRefused() throws Exception {
        mvc.perform(get("/api/activity-reports/2027"))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(queries);
    }

    @Test
    void operatorsHaveNoReportToAnswer() throws Exception {
        mvc.perform(as(post("/api/activity-reports/2027"), new Identity("OP001", Identity.Role.OPERATOR))
                        .content(ANSWERS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("report.members-only"));
        verifyNoInteractions(commands);
    }

    @Test
    void d1_aFiscalYearOutOfRangeIsABadRequest() throws Exception {
        mvc.perform(as(get("/api/activity-reports/99999"), Identity.member(MEMBER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("report.fiscal-year-invalid"));
    }

    /**
     * The web part of the platform (signed identity, problem details) without its messaging beans,
     * which need Kafka and a database that a web slice does not have.
     */
    @TestConfiguration
    @Import({IdentityWebConfiguration.class, ProblemConfiguration.class})
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
    }

    private SubmitActivityReportCommand sentCommand() {
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getAllValues()).hasSize(1);
        return (SubmitActivityReportCommand) sent.getValue();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Identity identity) {
        signer.headers(identity, Instant.now()).forEach(request::header);
        return request.contentType(MediaType.APPLICATION_JSON);
    }
}
