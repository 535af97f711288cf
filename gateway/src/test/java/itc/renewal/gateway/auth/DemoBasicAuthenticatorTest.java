package itc.renewal.gateway.auth;

import itc.renewal.platform.identity.Identity;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBasicAuthenticatorTest {

    private final DemoBasicAuthenticator authenticator =
            new DemoBasicAuthenticator(new DemoLoginProperties("demo-pw", "operator-pw"));

    @Test
    void memberLogsInWithMemberIdAndDemoPassword() {
        assertThat(authenticate(basic("M0000001", "demo-pw"))).contains(Identity.member("M0000001"));
    }

    @Test
    void operatorLogsInWithOperatorPasswordAndGetsOperatorRole() {
        assertThat(authenticate(basic("operator", "operator-pw")))
                .contains(new Identity("operator", Identity.Role.OPERATOR));
    }

    @Test
    void schemeNameIsCaseInsensitive() {
        String header = "basic " + Base64.getEncoder().encodeToString("M0000002:demo-pw".getBytes(StandardCharsets.UTF_8));
        assertThat(authenticate(header)).contains(Identity.member("M0000002"));
    }

    @Test
    void refusesWrongPassword() {
        assertThat(authenticate(basic("M0000001", "wrong"))).isEmpty();
    }

    @Test
    void operatorPasswordDoesNotLogInMembersAndViceVersa() {
        assertThat(authenticate(basic("M0000001", "operator-pw"))).isEmpty();
        assertThat(authenticate(basic("operator", "demo-pw"))).isEmpty();
    }

    @Test
    void refusesUserThatIsNotAMemberId() {
        assertThat(authenticate(basic("M000001", "demo-pw"))).isEmpty();
        assertThat(authenticate(basic("m0000001", "demo-pw"))).isEmpty();
        assertThat(authenticate(basic("M00000010", "demo-pw"))).isEmpty();
        assertThat(authenticate(basic("admin", "demo-pw"))).isEmpty();
    }

    @Test
    void refusesMissingOrMalformedCredentials() {
        assertThat(authenticate(null)).isEmpty();
        assertThat(authenticate("Bearer abc")).isEmpty();
        assertThat(authenticate("Basic not-base64!")).isEmpty();
        assertThat(authenticate("Basic " + Base64.getEncoder().encodeToString("M0000001".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    private Optional<Identity> authenticate(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/points");
        if (authorization != null) {
            request.addHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        return authenticator.authenticate(request);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
