package itc.renewal.points.integration.inbound;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedRequests;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.points.ledger.api.CountedTotalView;
import itc.renewal.points.ledger.api.FiscalYearLock;
import itc.renewal.points.ledger.api.LockFiscalYearForRenewalCommand;
import itc.renewal.points.ledger.domain.CountedTotals;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;

import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rules P5 and P4: the internal calls of renewal-service, signed as a service: the consistent counted total, and the lock of
 * the fiscal year that its application is granted on.
 */
@WebMvcTest(InternalPointsController.class)
@TestPropertySource(properties = "platform.clock.start=2027-04-10T09:00:00+09:00")
class InternalPointsControllerTest extends SignedWebSlice {

    @MockitoBean
    CountedTotals totals;
    @MockitoBean
    CommandGateway commandGateway;

    @Test
    void p5_answersTheLedgersCountedTotalToAService() throws Exception {
        when(totals.of("M0000001", FiscalYear.of(2026)))
                .thenReturn(new CountedTotalView("M0000001", 2026, new BigDecimal("10.0"), 7L));

        mvc.perform(asService(get("/internal/points/M0000001/counted-total")).param("fiscalYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value("M0000001"))
                .andExpect(jsonPath("$.fiscalYear").value(2026))
                .andExpect(jsonPath("$.countedTotal").value(10.0))
                .andExpect(jsonPath("$.ledgerSequence").value(7));
    }

    @Test
    void p5_refusesAMalformedMemberIdWithBadRequest() throws Exception {
        mvc.perform(asService(get("/internal/points/X1/counted-total")).param("fiscalYear", "2026"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("points.member-id-invalid"));

        verifyNoInteractions(totals);
    }

    @Test
    void p5_refusesAnInvalidFiscalYearWithBadRequest() throws Exception {
        mvc.perform(asService(get("/internal/points/M0000001/counted-total")).param("fiscalYear", "26"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.fiscal-year-invalid"));

        verifyNoInteractions(totals);
    }

    @Test
    void p4_locksTheFiscalYearForTheRenewalAboutToBeRecorded() throws Exception {
        when(commandGateway.sendAndWait(new LockFiscalYearForRenewalCommand("M0000001", 2026, 2027, new BigDecimal("10"))))
                .thenReturn(new FiscalYearLock("M0000001", 2026, new BigDecimal("10.0"), 7L, true));

        mvc.perform(lock("M0000001", """
                        {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":10}"""))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"memberId":"M0000001","fiscalYear":2026,"countedTotal":10.0,"ledgerSequence":7,"locked":true}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void p4_answersAYearShortOfTheRequiredPointsWithLockedFalse() throws Exception {
        when(commandGateway.sendAndWait(new LockFiscalYearForRenewalCommand("M0000001", 2026, 2027, new BigDecimal("10"))))
                .thenReturn(FiscalYearLock.withoutLedger("M0000001", 2026));

        mvc.perform(lock("M0000001", """
                        {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":10}"""))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"memberId":"M0000001","fiscalYear":2026,"countedTotal":0.0,"ledgerSequence":null,"locked":false}""",
                        JsonCompareMode.STRICT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            X1       | {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":10}   | points.member-id-invalid
            M0000001 | {"renewalFiscalYear":2027,"requiredPoints":10}                     | request.fiscal-year-invalid
            M0000001 | {"fiscalYear":26,"renewalFiscalYear":27,"requiredPoints":10}       | request.fiscal-year-invalid
            M0000001 | {"fiscalYear":2026,"renewalFiscalYear":2026,"requiredPoints":10}   | points.renewal-fiscal-year-invalid
            M0000001 | {"fiscalYear":2026,"requiredPoints":10}                            | points.renewal-fiscal-year-invalid
            M0000001 | {"fiscalYear":2026,"renewalFiscalYear":2027}                       | points.required-points-invalid
            M0000001 | {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":0}    | points.required-points-invalid
            M0000001 | {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":-10}  | points.required-points-invalid
            M0000001 | {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":9.75} | points.required-points-invalid
            """)
    void p4_refusesAnInvalidLockRequestWithBadRequestAndLocksNothing(String memberId, String body, String code)
            throws Exception {
        mvc.perform(lock(memberId, body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code));

        verifyNoInteractions(commandGateway);
    }

    private MockHttpServletRequestBuilder lock(String memberId, String body) {
        return asService(post("/internal/points/" + memberId + "/fiscal-year-locks")).content(body);
    }

    private MockHttpServletRequestBuilder asService(MockHttpServletRequestBuilder request) {
        return SignedRequests.signed(signer, Identity.service("renewal-service"), request);
    }

    @Test
    void p4_p5_theInternalApiAnswersNobodyButAService() throws Exception {
        mvc.perform(get("/internal/points/M0000001/counted-total").param("fiscalYear", "2026"))
                .andExpect(status().isUnauthorized());
        mvc.perform(SignedRequests.signed(signer, Identity.member("M0000001"),
                        post("/internal/points/M0000001/fiscal-year-locks")).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("identity.service-only"));
        verifyNoInteractions(totals, commandGateway);
    }
}
