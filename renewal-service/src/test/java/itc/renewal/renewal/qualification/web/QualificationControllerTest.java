package itc.renewal.renewal.qualification.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedWebSlice;
import itc.renewal.renewal.qualification.api.FindHolderQuery;
import itc.renewal.renewal.qualification.api.HolderView;
import itc.renewal.renewal.qualification.api.NextRenewalView;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(QualificationController.class)
class QualificationControllerTest extends SignedWebSlice {

    @MockitoBean
    QueryGateway queries;

    @Test
    void q1_holderSeesTheirOwnDataIncludingEmail() throws Exception {
        when(queries.query(new FindHolderQuery("M0000001"), HolderView.class)).thenReturn(CompletableFuture
                .completedFuture(new HolderView("M0000001", "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp",
                        "0000002001C", "2016-03", LocalDate.of(2027, 5, 31), QualificationStatus.ACTIVE,
                        new NextRenewalView(2027, OffsetDateTime.parse("2027-04-01T00:00:00+09:00"),
                                OffsetDateTime.parse("2027-06-01T00:00:00+09:00"), true, false,
                                new NextRenewalView.FeeView(new BigDecimal("22000"), "JPY", false), null,
                                "NOT_APPLIED"))));
        mvc.perform(as(Identity.member("M0000001"), get("/api/qualifications/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value("M0000001"))
                .andExpect(jsonPath("$.name").value("見本 太郎"))
                .andExpect(jsonPath("$.nameKana").value("ミホン タロウ"))
                .andExpect(jsonPath("$.email").value("taro.mihon@example.jp"))
                .andExpect(jsonPath("$.certificationNumber").value("0000002001C"))
                .andExpect(jsonPath("$.certifiedIn").value("2016-03"))
                .andExpect(jsonPath("$.expiry").value("2027-05-31"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.nextRenewal.fiscalYear").value(2027))
                .andExpect(jsonPath("$.nextRenewal.opensAt").value("2027-04-01T00:00:00+09:00"))
                .andExpect(jsonPath("$.nextRenewal.closesAt").value("2027-06-01T00:00:00+09:00"))
                .andExpect(jsonPath("$.nextRenewal.open").value(true))
                .andExpect(jsonPath("$.nextRenewal.firstRenewal").value(false))
                .andExpect(jsonPath("$.nextRenewal.fee.amount").value(22000))
                .andExpect(jsonPath("$.nextRenewal.fee.waived").value(false))
                .andExpect(jsonPath("$.nextRenewal.status").value("NOT_APPLIED"));
    }
}
