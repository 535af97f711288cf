package itc.renewal.notification.notice.web;

import itc.renewal.notification.notice.api.NoticeView;
import itc.renewal.notification.notice.query.MemberNotices;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.SignedWebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(NoticeController.class)
class NoticeControllerTest extends SignedWebSlice {

    @MockitoBean
    MemberNotices notices;

    @Test
    void c4_listsOwnNoticesWithCertificateDownloadPath() throws Exception {
        UUID noticeId = UUID.fromString("0f0e0d0c-0b0a-4908-8706-050403020100");
        given(notices.of("M0000001")).willReturn(List.of(new NoticeView(noticeId, "2027年度 更新結果通知書",
                OffsetDateTime.parse("2027-04-12T11:00:00+09:00"), "/api/certificates/2027-M0000001")));
        mvc.perform(as(Identity.member("M0000001"), get("/api/notices")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].noticeId").value(noticeId.toString()))
                .andExpect(jsonPath("$[0].title").value("2027年度 更新結果通知書"))
                .andExpect(jsonPath("$[0].publishedAt").value("2027-04-12T11:00:00+09:00"))
                .andExpect(jsonPath("$[0].downloadPath").value("/api/certificates/2027-M0000001"));
    }

    @Test
    void c4_refusesNoticesWithoutSignedIdentity() throws Exception {
        mvc.perform(get("/api/notices")).andExpect(status().isUnauthorized());
    }
}
