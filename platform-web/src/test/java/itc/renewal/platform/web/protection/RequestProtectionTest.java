package itc.renewal.platform.web.protection;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;


import static org.assertj.core.api.Assertions.assertThat;

/** The protective headers and the body size limit every application of ours applies. */
class RequestProtectionTest {

    @Test
    void theApiAnswersWithoutSniffingFramingCachingOrAnyContentAllowed() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new SecurityHeaders().doFilter(new MockHttpServletRequest("GET", "/api/points"), response, chain);
        ((HttpServletResponse) chain.getResponse()).addHeader("Cache-Control", "private, no-store");

        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
        assertThat(response.getHeaders("Cache-Control")).as("set again, not repeated")
                .containsExactly("private, no-store");
    }

    @Test
    void pagesMayUseTheirOwnOriginOnlyAndAreNotForcedUncached() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new SecurityHeaders().doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());

        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);
        assertThat(response.getHeader("Cache-Control")).isNull();
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsRefusedUnread() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/points/entries");
        request.setContent(new byte[1024 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new RequestSizeLimit(256 * 1024, 10 * 1024 * 1024).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("request.too-large");
        assertThat(chain.getRequest()).as("nothing went on").isNull();
    }

    @Test
    void operatorsUploadLargerFilesAndAChunkedBodyIsCountedAsItComes() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/operator/points/imports");
        upload.setContent(new byte[1024 * 1024]);
        MockFilterChain passed = new MockFilterChain();
        new RequestSizeLimit(256 * 1024, 10 * 1024 * 1024).doFilter(upload, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();

        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/points/entries") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        chunked.setContent(new byte[300 * 1024]);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        new RequestSizeLimit(256 * 1024, 10 * 1024 * 1024).doFilter(chunked, refused, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(413);

        MockHttpServletRequest small = new MockHttpServletRequest("POST", "/api/points/entries") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        small.setContent("{\"points\":1}".getBytes());
        MockFilterChain read = new MockFilterChain();
        new RequestSizeLimit(256 * 1024, 10 * 1024 * 1024).doFilter(small, new MockHttpServletResponse(), read);
        assertThat(read.getRequest().getInputStream().readAllBytes()).isEqualTo("{\"points\":1}".getBytes());
    }
}
