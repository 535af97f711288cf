package itc.renewal.points.catalogue.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.CategoryUnit;
import itc.renewal.points.catalogue.JdbcCategoryCatalogues;
import itc.renewal.points.catalogue.PointCategory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CatalogueOperatorController.class)
@TestPropertySource(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
class CatalogueOperatorControllerTest extends SignedWebSlice {

    private static final Identity OPERATOR = new Identity("OP-1", Identity.Role.OPERATOR);
    private static final String SELF_STUDY_CAP_4 = """
            {"nameJa":"自己研鑽","unit":"POINTS","hoursPerPoint":null,"capPerFiscalYear":4,"memberRegistrable":true}""";

    @MockitoBean
    JdbcCategoryCatalogues catalogues;

    @Test
    void p2_operatorReadsTheCatalogueOfAFiscalYearWithItsFallback() throws Exception {
        when(catalogues.definingYear(FiscalYear.of(2030))).thenReturn(2027);
        when(catalogues.forFiscalYear(FiscalYear.of(2030))).thenReturn(CategoryCatalogue.standard());

        mvc.perform(signed(OPERATOR, get("/api/operator/points/catalogue/2030")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYear").value(2030))
                .andExpect(jsonPath("$.definedInFiscalYear").value(2027))
                .andExpect(jsonPath("$.categories[0].code").value("ASSOCIATION_TRAINING_CLASSROOM"))
                .andExpect(jsonPath("$.categories[0].unit").value("HOURS"))
                .andExpect(jsonPath("$.categories[0].hoursPerPoint").value(2))
                .andExpect(jsonPath("$.categories[0].memberRegistrable").value(false))
                .andExpect(jsonPath("$.categories[2].code").value("SELF_STUDY"))
                .andExpect(jsonPath("$.categories[2].nameJa").value("自己研鑽"))
                .andExpect(jsonPath("$.categories[2].capPerFiscalYear").value(6));
    }

    @Test
    void p2_operatorChangesACap() throws Exception {
        mvc.perform(signed(OPERATOR, put("/api/operator/points/catalogue/2026/SELF_STUDY").content(SELF_STUDY_CAP_4)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("SELF_STUDY"))
                .andExpect(jsonPath("$.capPerFiscalYear").value(4.0));

        verify(catalogues).save(FiscalYear.of(2026), new PointCategory("SELF_STUDY", "自己研鑽", CategoryUnit.POINTS,
                null, new BigDecimal("4.0"), true));
    }

    @Test
    void p2_membersCannotReadTheCatalogueAsOperators() throws Exception {
        mvc.perform(signed(Identity.member("M0000001"), get("/api/operator/points/catalogue/2026")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("operator.role-required"));

        verifyNoInteractions(catalogues);
    }

    @Test
    void p2_membersCannotChangeTheCatalogue() throws Exception {
        mvc.perform(signed(Identity.member("M0000001"),
                        put("/api/operator/points/catalogue/2026/SELF_STUDY").content(SELF_STUDY_CAP_4)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("operator.role-required"));

        verifyNoInteractions(catalogues);
    }

    @Test
    void p6_hourBasedCategoryWithoutHoursPerPointRefused() throws Exception {
        mvc.perform(signed(OPERATOR, put("/api/operator/points/catalogue/2026/ASSOCIATION_TRAINING_CLASSROOM")
                        .content("""
                                {"nameJa":"集合研修","unit":"HOURS","memberRegistrable":false}""")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("points.catalogue-hours-per-point-missing"));

        verifyNoInteractions(catalogues);
    }

    @Test
    void p6_hoursPerPointForPointBasedCategoryRefused() throws Exception {
        mvc.perform(signed(OPERATOR, put("/api/operator/points/catalogue/2026/SELF_STUDY").content("""
                        {"nameJa":"自己研鑽","unit":"POINTS","hoursPerPoint":2,"memberRegistrable":true}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("points.catalogue-hours-per-point-not-accepted"));

        verifyNoInteractions(catalogues);
    }

    @Test
    void p6_negativeCapRefused() throws Exception {
        mvc.perform(signed(OPERATOR, put("/api/operator/points/catalogue/2026/SELF_STUDY").content("""
                        {"nameJa":"自己研鑽","unit":"POINTS","capPerFiscalYear":-1,"memberRegistrable":true}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));

        verifyNoInteractions(catalogues);
    }

    @Test
    void p6_capNotInHalfPointsRefused() throws Exception {
        mvc.perform(signed(OPERATOR, put("/api/operator/points/catalogue/2026/SELF_STUDY").content("""
                        {"nameJa":"自己研鑽","unit":"POINTS","capPerFiscalYear":4.2,"memberRegistrable":true}""")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("points.catalogue-cap-not-half-step"));

        verifyNoInteractions(catalogues);
    }

    @Test
    void p6_blankNameAndUnknownUnitRefused() throws Exception {
        mvc.perform(signed(OPERATOR, put("/api/operator/points/catalogue/2026/SELF_STUDY").content("""
                        {"nameJa":" ","unit":"POINTS","memberRegistrable":true}""")))
                .andExpect(status().isBadRequest());
        mvc.perform(signed(OPERATOR, put("/api/operator/points/catalogue/2026/SELF_STUDY").content("""
                        {"nameJa":"自己研鑽","unit":"MINUTES","memberRegistrable":true}""")))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(catalogues);
    }

    @Test
    void p6_badCodeAndBadFiscalYearRefused() throws Exception {
        mvc.perform(signed(OPERATOR, put("/api/operator/points/catalogue/2026/self-study").content(SELF_STUDY_CAP_4)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("points.catalogue-code-invalid"));
        mvc.perform(signed(OPERATOR, get("/api/operator/points/catalogue/26")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.fiscal-year-invalid"));

        verifyNoInteractions(catalogues);
    }

    private MockHttpServletRequestBuilder signed(Identity identity, MockHttpServletRequestBuilder request) {
        return as(identity, request);
    }
}
