package itc.renewal.platform.identity;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's guard decides on the path as dispatched: an escaped or parameterised path does not slip past it. */
class IdentityFilterTest {

    private static final String LOCK = "/internal/points/M0000001/fiscal-year-locks";

    private final IdentitySigner signer = new IdentitySigner("points-service",
            List.of("a-test-secret-of-enough-length-for-hmac"));
    private final IdentityFilter filter = new IdentityFilter(signer, Clock.systemUTC());

    @Test
    void anInternalPathWrittenDifferentlyIsRefusedBeforeAnyController() throws Exception {
        for (String disguised : List.of("/internal;x/points/M0000001/fiscal-year-locks",
                "/%69nternal/points/M0000001/fiscal-year-locks", "/api;x/points")) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", disguised);
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();

            filter.doFilter(request, response, chain);

            assertThat(chain.getRequest()).as(disguised + " reached nothing").isNull();
            assertThat(response.getStatus()).as(disguised).isEqualTo(400);
        }
    }

    @Test
    void aSignatureForTheCanonicalPathIsAcceptedAndAMemberIsRefusedOnTheInternalApi() throws Exception {
        MockHttpServletRequest service = new MockHttpServletRequest("POST", LOCK);
        signer.headers(Identity.service("renewal-service"), "POST", LOCK, "points-service", Instant.now())
                .forEach(service::addHeader);
        MockFilterChain passed = new MockFilterChain();
        filter.doFilter(service, new MockHttpServletResponse(), passed);
        assertThat(passed.getRequest()).isNotNull();

        MockHttpServletRequest member = new MockHttpServletRequest("POST", LOCK);
        signer.headers(Identity.member("M0000001"), "POST", LOCK, "points-service", Instant.now())
                .forEach(member::addHeader);
        MockHttpServletResponse refused = new MockHttpServletResponse();
        filter.doFilter(member, refused, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("identity.service-only");
    }
}
