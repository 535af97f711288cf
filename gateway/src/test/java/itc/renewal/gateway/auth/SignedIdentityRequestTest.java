package itc.renewal.gateway.auth;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Collections;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignedIdentityRequestTest {

    @Test
    void hidesForgedIdentityAndAuthorizationAndShowsSignedHeadersInEveryView() {
        MockHttpServletRequest incoming = new MockHttpServletRequest("GET", "/api/points");
        incoming.addHeader("X-ITC-Subject", "M9999999");
        incoming.addHeader("x-itc-extra", "forged");
        incoming.addHeader("Authorization", "Basic abc");
        incoming.addHeader("Accept", "application/json");

        SignedIdentityRequest request = new SignedIdentityRequest(incoming,
                Map.of("X-ITC-Subject", "M0000001", "X-ITC-Signature", "sig"));

        assertThat(request.getHeader("x-itc-subject")).isEqualTo("M0000001");
        assertThat(Collections.list(request.getHeaders("X-ITC-Subject"))).containsExactly("M0000001");
        assertThat(request.getHeader("X-ITC-Extra")).isNull();
        assertThat(request.getHeaders("X-ITC-Extra").hasMoreElements()).isFalse();
        assertThat(request.getHeader("authorization")).isNull();
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(Collections.list(request.getHeaderNames()))
                .containsExactlyInAnyOrder("X-ITC-Subject", "X-ITC-Signature", "Accept");
    }
}
