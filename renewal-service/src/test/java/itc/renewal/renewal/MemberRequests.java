package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.ServiceDriver;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * renewal-service's API as the gateway calls it, each request signed with the caller's identity, and the local
 * stack's business clock (D2). A bean of a service IT ({@code @Import(MemberRequests.class)}) on the context's
 * random port.
 */
final class MemberRequests extends ServiceDriver {

    MemberRequests(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http) {
        super(environment, signer, json, http);
    }

    ResponseEntity<JsonNode> apply(String memberId, String termsVersion) {
        return exchange(HttpMethod.POST, "/api/renewals/2027", Map.of("termsVersion", termsVersion),
                Identity.member(memberId));
    }

    JsonNode get(String memberId, String path) {
        ResponseEntity<JsonNode> response = exchange(HttpMethod.GET, path, null, Identity.member(memberId));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    void awaitCountedPoints(String memberId, String expected) {
        awaitCountedPoints(memberId, 2027, expected);
    }

    /** The counted points shown for renewing in {@code renewalYear}, i.e. those of the year before (Q3). */
    void awaitCountedPoints(String memberId, int renewalYear, String expected) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(get(memberId, "/api/renewals/" + renewalYear)
                .get("countedPoints").decimalValue()).isEqualByComparingTo(expected));
    }

    /** Moves the service's business clock forward (PUT /internal/clock, local stack and tests only). */
    void moveClockTo(String now) {
        ResponseEntity<JsonNode> moved = exchange(HttpMethod.PUT, "/internal/clock", Map.of("now", now),
                Identity.service("local-stack"));
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
