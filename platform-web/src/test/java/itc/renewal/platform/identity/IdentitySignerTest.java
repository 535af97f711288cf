package itc.renewal.platform.identity;

import itc.renewal.contracts.identity.SignedIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signed identity between gateway and services: one request, one service, a short while, once. */
class IdentitySignerTest {

    private static final String SECRET = "a-test-secret-of-enough-length-for-hmac";
    private static final Instant NOW = Instant.parse("2027-04-10T00:00:00Z");

    private final IdentitySigner points = new IdentitySigner("points-service", List.of(SECRET));

    @Test
    void acceptsWhatWasSignedForThisRequestToThisServiceOnce() {
        Map<String, String> signed = points.headers(Identity.member("M0000001"), "GET", "/api/points", "points-service",
                NOW);

        assertThat(points.verify(request("GET", "/api/points", signed), NOW.plusSeconds(1)))
                .contains(Identity.member("M0000001"));
        assertThat(points.verify(request("GET", "/api/points", signed), NOW.plusSeconds(2)))
                .as("the same headers again are a replay").isEmpty();
    }

    @Test
    void refusesAnotherMethodPathServiceOrSubject() {
        Identity member = Identity.member("M0000001");

        assertThat(points.verify(request("DELETE", "/api/points",
                points.headers(member, "GET", "/api/points", "points-service", NOW)), NOW)).isEmpty();
        assertThat(points.verify(request("GET", "/api/points/entries",
                points.headers(member, "GET", "/api/points", "points-service", NOW)), NOW)).isEmpty();
        assertThat(points.verify(request("GET", "/api/points",
                points.headers(member, "GET", "/api/points", "renewal-service", NOW)), NOW)).isEmpty();
        Map<String, String> other = new HashMap<>(points.headers(member, "GET", "/api/points",
                "points-service", NOW));
        other.put(SignedIdentity.SUBJECT, "M0000002");
        other.put(SignedIdentity.ROLE, "OPERATOR");
        assertThat(points.verify(request("GET", "/api/points", other), NOW)).isEmpty();
    }

    @Test
    void refusesAnExpiredAndAFutureSignature() {
        Identity member = Identity.member("M0000001");

        assertThat(points.verify(request("GET", "/api/points", points.headers(member, "GET", "/api/points",
                "points-service", NOW)), NOW.plus(SignedIdentity.MAX_AGE).plusSeconds(1))).isEmpty();
        assertThat(points.verify(request("GET", "/api/points", points.headers(member, "GET", "/api/points",
                "points-service", NOW.plusSeconds(60))), NOW)).isEmpty();
    }

    @Test
    void acceptsThePreviousSecretDuringARotationAndNoOther() {
        String next = "the-next-secret-of-enough-length-for-hmac";
        IdentitySigner rotating = new IdentitySigner("points-service", List.of(next, SECRET));
        Identity member = Identity.member("M0000001");

        assertThat(rotating.verify(request("GET", "/api/points", points.headers(member, "GET", "/api/points",
                "points-service", NOW)), NOW)).contains(member);
        IdentitySigner stranger = new IdentitySigner("points-service", List.of("somebody-elses-secret-of-enough-length"));
        assertThat(rotating.verify(request("GET", "/api/points", stranger.headers(member, "GET", "/api/points",
                "points-service", NOW)), NOW)).isEmpty();
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> new IdentitySigner("points-service", List.of("too-short")))
                .hasMessageContaining("at least");
    }

    private static MockHttpServletRequest request(String method, String path, Map<String, String> headers) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        headers.forEach(request::addHeader);
        return request;
    }
}
