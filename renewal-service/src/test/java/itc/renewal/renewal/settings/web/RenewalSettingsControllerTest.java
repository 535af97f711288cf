package itc.renewal.renewal.settings.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.domain.RenewalPolicy;
import itc.renewal.renewal.procedure.domain.Terms;
import itc.renewal.renewal.settings.api.EffectiveRenewalSettings;
import itc.renewal.renewal.settings.domain.RenewalSettingsAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Operator maintenance of the FY settings (Q4, Q5, A2): operators only, each bad value a 400 problem. */
@WebMvcTest(RenewalSettingsController.class)
class RenewalSettingsControllerTest extends SignedWebSlice {

    private static final Identity OPERATOR = new Identity("OP0000001", Identity.Role.OPERATOR);
    private static final FiscalYear FY2027 = FiscalYear.of(2027);
    private static final String EXTENSION = """
            {"opensAt":"2027-04-01T00:00:00+09:00","closesAt":"2027-07-01T00:00:00+09:00",
             "feeAmount":22000,"termsVersion":"2027.1","termsText":"規約"}""";

    @MockitoBean
    RenewalSettingsAdministration settings;

    private static MockHttpServletRequestBuilder change(String body) {
        return put("/api/operator/renewal-settings/2027").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static FiscalYearSettings extension() {
        return FiscalYearSettings.of(FY2027, OffsetDateTime.parse("2027-04-01T00:00:00+09:00"),
                OffsetDateTime.parse("2027-07-01T00:00:00+09:00"), new BigDecimal("22000"), "2027.1", "規約");
    }

    @Test
    void q5_membersGet403() throws Exception {
        mvc.perform(as(Identity.member("M0000001"), change(EXTENSION)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("operator.role-required"))
                .andExpect(jsonPath("$.detail").value(
                        "この操作は協会の運用担当者（オペレーター）のみ行えます。会員の方は会員ページをご利用ください。"));
        mvc.perform(as(Identity.member("M0000001"), change("{}"))).andExpect(status().isForbidden());
        mvc.perform(as(Identity.member("M0000001"), get("/api/operator/renewal-settings/2027")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(settings);
    }

    @Test
    void q5_unsignedRequestsAreRefused() throws Exception {
        mvc.perform(change(EXTENSION)).andExpect(status().isUnauthorized());
        verifyNoInteractions(settings);
    }

    @Test
    void q5_operatorExtendsTheWindowToJune30() throws Exception {
        when(settings.change(extension(), "OP0000001")).thenReturn(new EffectiveRenewalSettings(extension(),
                EffectiveRenewalSettings.Source.STORED, Instant.parse("2027-05-20T01:00:00Z"), "OP0000001"));

        mvc.perform(as(OPERATOR, change(EXTENSION)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYear").value(2027))
                .andExpect(jsonPath("$.source").value("STORED"))
                .andExpect(jsonPath("$.closesAt").value("2027-07-01T00:00:00+09:00"))
                .andExpect(jsonPath("$.window").value("2027年4月1日 0:00 ～ 2027年6月30日 24:00（日本時間）"))
                .andExpect(jsonPath("$.feeAmount").value(22000))
                .andExpect(jsonPath("$.updatedBy").value("OP0000001"));
        verify(settings).change(eq(extension()), eq("OP0000001"));
    }

    @Test
    void q5_operatorSeesTheDefaultsOfAFiscalYearWithoutStoredSettings() throws Exception {
        FiscalYearSettings defaults = RenewalPolicy.standard(new BigDecimal("22000"), new Terms("2027.1", "規約"))
                .defaultsFor(FY2027);
        when(settings.find(FY2027)).thenReturn(EffectiveRenewalSettings.byDefault(defaults));

        mvc.perform(as(OPERATOR, get("/api/operator/renewal-settings/2027")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("DEFAULT"))
                .andExpect(jsonPath("$.opensAt").value("2027-04-01T00:00:00+09:00"))
                .andExpect(jsonPath("$.closesAt").value("2027-06-01T00:00:00+09:00"))
                .andExpect(jsonPath("$.feeAmount").value(22000))
                .andExpect(jsonPath("$.currency").value("JPY"))
                .andExpect(jsonPath("$.termsVersion").value("2027.1"));
    }

    @Test
    void q5_aWindowOutsideTheFiscalYearIs400() throws Exception {
        mvc.perform(as(OPERATOR, change(EXTENSION.replace("2027-07-01T00:00:00", "2028-04-02T00:00:00"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("renewal-settings.window-outside-fiscal-year"));
        verify(settings, org.mockito.Mockito.never()).change(any(), any());
    }

    @Test
    void q5_aWindowClosingBeforeItOpensIs400() throws Exception {
        mvc.perform(as(OPERATOR, change(EXTENSION.replace("2027-07-01T00:00:00", "2027-04-01T00:00:00"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("renewal-settings.window-invalid"));
    }

    @Test
    void q4_aNegativeFeeIs400() throws Exception {
        mvc.perform(as(OPERATOR, change(EXTENSION.replace("22000", "-1"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("renewal-settings.fee-invalid"));
    }

    @Test
    void a2_aTooLongTermsVersionIs400() throws Exception {
        mvc.perform(as(OPERATOR, change(EXTENSION.replace("\"2027.1\"", "\"" + "v".repeat(21) + "\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("renewal-settings.terms-version-invalid"));
    }

    @Test
    void q5_missingFieldsAre400WithTheirNames() throws Exception {
        mvc.perform(as(OPERATOR, change("{\"feeAmount\":22000}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("closesAt")));
        verifyNoInteractions(settings);
    }

    @Test
    void q5_anAbsurdFiscalYearIs400() throws Exception {
        mvc.perform(as(OPERATOR, get("/api/operator/renewal-settings/1999")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.fiscal-year-invalid"));
    }
}
