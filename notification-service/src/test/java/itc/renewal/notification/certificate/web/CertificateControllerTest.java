package itc.renewal.notification.certificate.web;

import itc.renewal.notification.certificate.api.CertificateFile;
import itc.renewal.notification.certificate.query.MemberCertificates;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedRequests;
import itc.renewal.platformtest.SignedWebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CertificateController.class)
class CertificateControllerTest extends SignedWebSlice {

    private static final byte[] PDF = "%PDF-1.4 certificate".getBytes(StandardCharsets.US_ASCII);

    @MockitoBean
    MemberCertificates certificates;

    @Test
    void c4_downloadsOwnCertificateAsPdfAttachment() throws Exception {
        given(certificates.find("2027-M0000001", "M0000001"))
                .willReturn(Optional.of(new CertificateFile("2027-M0000001", 2027, PDF)));

        mvc.perform(get("/api/certificates/2027-M0000001").headers(signedAs("M0000001", "/api/certificates/2027-M0000001")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"certificate-2027.pdf\""))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void c4_answersNotFoundForAnotherMembersCertificate() throws Exception {
        given(certificates.find("2027-M0000001", "M0000002")).willReturn(Optional.empty());

        mvc.perform(get("/api/certificates/2027-M0000001").headers(signedAs("M0000002", "/api/certificates/2027-M0000001")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("notification.certificate-not-found"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("更新結果通知書が見つかりません")));
    }

    @Test
    void c4_refusesDownloadWithoutSignedIdentity() throws Exception {
        mvc.perform(get("/api/certificates/2027-M0000001"))
                .andExpect(status().isUnauthorized());
    }

    private HttpHeaders signedAs(String memberId, String path) {
        return SignedRequests.headers(signer, Identity.member(memberId), HttpMethod.GET, path);
    }
}
