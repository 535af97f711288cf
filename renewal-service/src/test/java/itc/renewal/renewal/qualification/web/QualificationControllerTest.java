package itc.renewal.renewal.qualification.web;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.renewal.qualification.api.FindHolderQuery;
import itc.renewal.renewal.qualification.api.HolderView;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.web.PlatformWebSlice;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(QualificationController.class)
@Import(PlatformWebSlice.class)
class QualificationControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentitySigner signer;
    @MockitoBean
    QueryGateway queries;

    @Test
    void q1_holderSeesTheirOwnDataIncludingEmail() throws Exception {
        when(queries.query(new FindHolderQuery("M0000001"), HolderView.class)).thenReturn(CompletableFuture
                .completedFuture(new HolderView("M0000001", "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp",
                        "0000002001C", "2016-03", LocalDate.of(2027, 5, 31), QualificationStatus.ACTIVE)));
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member("M0000001"), Instant.now()).forEach(headers::add);

        mvc.perform(get("/api/qualifications/me").headers(headers))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberId").value("M0000001"))
                .andExpect(jsonPath("$.name").value("見本 太郎"))
                .andExpect(jsonPath("$.nameKana").value("ミホン タロウ"))
                .andExpect(jsonPath("$.email").value("taro.mihon@example.jp"))
                .andExpect(jsonPath("$.certificationNumber").value("0000002001C"))
                .andExpect(jsonPath("$.certifiedIn").value("2016-03"))
                .andExpect(jsonPath("$.expiry").value("2027-05-31"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }
}
