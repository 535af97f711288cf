package itc.renewal.gateway.member;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import itc.renewal.gateway.routing.ServiceCalls;
import itc.renewal.platform.identity.Identity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.io.IOException;
import java.io.InputStream;

/**
 * The member pages' view of the services: the same APIs the gateway proxies, called with the member's own signed
 * identity, so a page can show nothing a member could not fetch with curl. Answers are JSON (a problem detail for a
 * refusal, whose {@code detail} is already worded for the member); an unreachable service throws
 * {@link ServiceUnavailable}, which the pages turn into a 503 page.
 */
@Component
public class MemberBackend {

    private final ServiceCalls calls;
    private final ObjectMapper json;

    MemberBackend(ServiceCalls calls, ObjectMapper json) {
        this.calls = calls;
        this.json = json;
    }

    /** A service's answer: status and body ({@link NullNode} when empty). */
    public record Answer(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The member-facing message of a refusal (problem detail {@code detail}). */
        public String detail() {
            return body.path("detail").asText("");
        }

        public String code() {
            return body.path("code").asText("");
        }
    }

    public static final class ServiceUnavailable extends RuntimeException {

        ServiceUnavailable(String service, Throwable cause) {
            super(service + " unavailable", cause);
        }
    }

    public Answer get(Identity member, String service, String path) {
        return exchange(member, service, HttpMethod.GET, path, null);
    }

    public Answer post(Identity member, String service, String path, Object body) {
        return exchange(member, service, HttpMethod.POST, path, body);
    }

    public Answer put(Identity member, String service, String path, Object body) {
        return exchange(member, service, HttpMethod.PUT, path, body);
    }

    private Answer exchange(Identity member, String service, HttpMethod method, String path, Object body) {
        try {
            RestClient.RequestBodySpec request = calls.as(member, service).method(method).uri(path)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                    read(response.getBody())));
        } catch (RestClientException e) {
            throw new ServiceUnavailable(service, e);
        }
    }

    private JsonNode read(InputStream body) throws IOException {
        byte[] bytes = body.readAllBytes();
        return bytes.length == 0 ? NullNode.getInstance() : json.readTree(bytes);
    }
}
