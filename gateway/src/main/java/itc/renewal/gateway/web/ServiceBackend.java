package itc.renewal.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import itc.renewal.gateway.routing.ServiceCalls;
import itc.renewal.platform.identity.Identity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The pages' view of the services: the same APIs the gateway proxies, called with the signed identity of whoever is
 * logged in (a member, or an operator on the console), so a page can show and do nothing its user could not with
 * curl. Answers are JSON (a problem detail for a refusal, whose {@code detail} is already worded for the reader); an
 * unreachable service throws {@link ServiceUnavailable}, which the pages turn into a 503 page.
 */
@Component
public class ServiceBackend {

    private final ServiceCalls calls;
    private final ObjectMapper json;

    ServiceBackend(ServiceCalls calls, ObjectMapper json) {
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

        /** The body for a page to show (maps, lists, values), or null when the service refused. */
        public Object shown() {
            return ok() ? plain(body) : null;
        }

        /** The refusal's message for a page to show, or null when the service answered. */
        public String problem() {
            return ok() ? null : detail();
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

    /** An operator's run that may take minutes (republishing, comparing a store with its topic, a rebuild). */
    public Answer run(Identity operator, String service, HttpMethod method, String path, Object body) {
        return exchange(calls.patientlyAs(operator, service), service, method, path, MediaType.APPLICATION_JSON, body);
    }

    /** A file as it was uploaded (a CSV, a bank's statement; none: empty), sent as the body of a POST. */
    public Answer upload(Identity operator, String service, String path, MediaType type, MultipartFile file)
            throws IOException {
        return exchange(calls.as(operator, service), service, HttpMethod.POST, path, type,
                file == null ? new byte[0] : file.getBytes());
    }

    /**
     * A document as the service answers it (a CSV export): status, body and the headers a browser needs to save
     * it (type, file name), for a page to hand on unchanged.
     */
    public ResponseEntity<byte[]> download(Identity identity, String service, String path, MediaType accept) {
        try {
            return calls.as(identity, service).method(HttpMethod.GET).uri(path).accept(accept)
                    .exchange((sent, response) -> {
                        HttpHeaders headers = new HttpHeaders();
                        for (String name : List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_DISPOSITION)) {
                            List<String> values = response.getHeaders().get(name);
                            if (values != null) {
                                headers.put(name, values);
                            }
                        }
                        return ResponseEntity.status(response.getStatusCode()).headers(headers)
                                .body(response.getBody().readAllBytes());
                    });
        } catch (RestClientException e) {
            throw new ServiceUnavailable(service, e);
        }
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** A service's JSON as maps, lists and values, which the templates read as {@code ${order.status}}. */
    public static Object plain(JsonNode json) {
        return json == null || json.isNull() || json.isMissingNode() ? null : PLAIN.convertValue(json, Object.class);
    }

    private Answer exchange(Identity member, String service, HttpMethod method, String path, Object body) {
        return exchange(calls.as(member, service), service, method, path, MediaType.APPLICATION_JSON, body);
    }

    private Answer exchange(ServiceCalls.Call call, String service, HttpMethod method, String path, MediaType type,
                            Object body) {
        try {
            RestClient.RequestBodySpec request = call.method(method).uri(path)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            if (body != null) {
                request.contentType(type).body(body);
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
