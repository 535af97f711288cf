package itc.renewal.localstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Requests to the gateway as one caller (HTTP Basic, as an API client sends them), each timed into
 * {@link Latencies} under its kind; a status other than the expected one counts as an error of that kind.
 */
final class BenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final Latencies latencies;

    BenchClient(HttpClient http, String base, String user, String password, Latencies latencies) {
        this.http = http;
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.latencies = latencies;
    }

    /** The answer of one request: status and body. */
    record Answer(int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                return JSON.missingNode();
            }
        }
    }

    Answer get(String kind, String path) {
        return send(kind, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /** A download: the status only (the body is read and dropped). */
    int download(String kind, String path, String mediaType) {
        return send(kind, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", mediaType).GET()).status();
    }

    Answer postJson(String kind, String path, String body) {
        return send(kind, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer postCsv(String kind, String path, String csv) {
        return send(kind, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "text/csv")
                .header("Accept", "application/json").timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    /** {@code expected} is checked: anything else is recorded as an error of {@code kind} and thrown. */
    Answer expect(int expected, Answer answer, String kind) {
        if (answer.status() != expected) {
            latencies.error(kind + " " + answer.status());
            throw new BenchFailure(kind + " answered " + answer.status() + ": " + abbreviated(answer.body()));
        }
        return answer;
    }

    private Answer send(String kind, HttpRequest.Builder request) {
        request.header("Authorization", authorization);
        if (request.build().timeout().isEmpty()) {
            request.timeout(Duration.ofSeconds(60));
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            latencies.record(kind, System.nanoTime() - started);
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            // no answer at all (connection refused or broken): status -1, for the caller to retry or give up
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure(kind + " interrupted");
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + " …" : body;
    }

    /** A journey step that did not go as a member's would. */
    static final class BenchFailure extends RuntimeException {
        BenchFailure(String message) {
            super(message);
        }
    }
}
