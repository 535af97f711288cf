package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A member talking to the system the only way a member can: HTTP through the gateway. */
public final class GatewayClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final String user;
    private final Supplier<String> password;
    private final Map<String, String> extraHeaders;
    private String authorization;

    GatewayClient(String baseUrl, String user, String password) {
        this(baseUrl, user, () -> password);
    }

    /** {@code password} is asked for once, when the first request is sent. */
    GatewayClient(String baseUrl, String user, Supplier<String> password) {
        this(baseUrl, user, password, Map.of());
    }

    private GatewayClient(String baseUrl, String user, Supplier<String> password, Map<String, String> extraHeaders) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.extraHeaders = extraHeaders;
    }

    /** The same login, sending {@code header} with every request (e.g. a client's own traceparent). */
    public GatewayClient with(String header, String value) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        headers.put(header, value);
        return new GatewayClient(baseUrl, user, password, headers);
    }

    private synchronized String authorization() {
        if (authorization == null) {
            authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password.get()).getBytes(StandardCharsets.UTF_8));
        }
        return authorization;
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** An operator's file upload: the CSV body as is (UTF-8). */
    public Reply postCsv(String path, String csv) {
        return send(request(path).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
    }

    /** A file upload as is, e.g. a bank's statement file (application/octet-stream). */
    public Reply postBytes(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** A call of an outside system that signs its own requests (no login), e.g. the store network's callback. */
    public static Reply postSigned(String url, byte[] body, String signatureHeader, String signature) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header(signatureHeader, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public byte[] download(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " -> " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", authorization()).header("Accept", "application/json, application/problem+json");
        extraHeaders.forEach(request::header);
        return request;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = response.body().isBlank() || !json ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status and JSON body of one response. */
    public record Reply(int status, JsonNode json, String raw) {

        public String text(String field) {
            return json.path(field).asText();
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }
}
