package itc.renewal.points.catalogue.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.JdbcCategoryCatalogues;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CatalogueController.class)
@TestPropertySource(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
class CatalogueControllerTest extends SignedWebSlice {

    @MockitoBean
    JdbcCategoryCatalogues catalogues;

    @Test
    void p1_p2_aMemberReadsTheCategoriesOfTheYearThatCountsForThisYearsRenewal() throws Exception {
        when(catalogues.definingYear(FiscalYear.of(2026))).thenReturn(2025);
        when(catalogues.forFiscalYear(FiscalYear.of(2026))).thenReturn(CategoryCatalogue.standard());

        mvc.perform(as(Identity.member("M0000001"), get("/api/points/categories")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYear").value(2026))
                .andExpect(jsonPath("$.categories[0].memberRegistrable").value(false))
                .andExpect(jsonPath("$.categories[2].code").value("SELF_STUDY"))
                .andExpect(jsonPath("$.categories[2].nameJa").value("自己研鑽"))
                .andExpect(jsonPath("$.categories[2].capPerFiscalYear").value(6));
    }
}
