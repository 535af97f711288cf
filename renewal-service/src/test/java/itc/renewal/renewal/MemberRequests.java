package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * renewal-service's member API as the gateway calls it, each request signed with the member's identity. A bean of
 * a service IT ({@code @Import(MemberRequests.class)}) on the context's random port.
 */
final class MemberRequests {

    /** How long a service IT waits for Kafka and the event processors. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final TestRestTemplate http;
    private final IdentitySigner signer;

    MemberRequests(TestRestTemplate http, IdentitySigner signer) {
        this.http = http;
        this.signer = signer;
    }

    ResponseEntity<JsonNode> apply(String memberId, String termsVersion) {
        HttpHeaders headers = signed(memberId);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/renewals/2027", HttpMethod.POST,
                new HttpEntity<>(Map.of("termsVersion", termsVersion), headers), JsonNode.class);
    }

    JsonNode get(String memberId, String path) {
        ResponseEntity<JsonNode> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(signed(memberId)),
                JsonNode.class);
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

    private HttpHeaders signed(String memberId) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member(memberId), Instant.now()).forEach(headers::add);
        return headers;
    }
}
