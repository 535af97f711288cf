package itc.renewal.points.ledger.web;

import itc.renewal.platform.PlatformAutoConfiguration;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.ledger.api.CountedTotalView;
import itc.renewal.points.ledger.api.CountedTotals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rule P5: the internal, unsigned read of a consistent counted total for renewal-service. */
@WebMvcTest(InternalPointsController.class)
@ImportAutoConfiguration(PlatformAutoConfiguration.class)
@TestPropertySource(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
class InternalPointsControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CountedTotals totals;

    @Test
    void p5_answersTheLedgersCountedTotalWithoutIdentityHeaders() throws Exception {
        when(totals.of("M0000001", FiscalYear.of(2026)))
                .thenReturn(new CountedTotalView("M0000001", 2026, new BigDecimal("10.0"), 7L));

        mvc.perform(get("/internal/points/M0000001/counted-total").param("fiscalYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value("M0000001"))
                .andExpect(jsonPath("$.fiscalYear").value(2026))
                .andExpect(jsonPath("$.countedTotal").value(10.0))
                .andExpect(jsonPath("$.ledgerSequence").value(7));
    }

    @Test
    void p5_refusesAMalformedMemberIdWithBadRequest() throws Exception {
        mvc.perform(get("/internal/points/X1/counted-total").param("fiscalYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("points.member-id-invalid"));

        verifyNoInteractions(totals);
    }

    @Test
    void p5_refusesAnInvalidFiscalYearWithBadRequest() throws Exception {
        mvc.perform(get("/internal/points/M0000001/counted-total").param("fiscalYear", "26"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("points.fiscal-year-invalid"));

        verifyNoInteractions(totals);
    }
}
