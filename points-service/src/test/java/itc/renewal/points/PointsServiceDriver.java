package itc.renewal.points;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.ServiceDriver;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Drives the running points-service as its neighbours do: members and operators over HTTP, events over Kafka.
 * A bean of the IT's context ({@code @Import(PointsServiceDriver.class)}).
 */
class PointsServiceDriver extends ServiceDriver {

    static final Identity OPERATOR = new Identity("OP-1", Identity.Role.OPERATOR);

    /** Answers as text, so tests see exactly what a client gets, problem details included. */
    private final HttpClient client = HttpClient.newHttpClient();

    PointsServiceDriver(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http) {
        super(environment, signer, json, http);
    }

    /** A signed JSON request; {@code body} may be null. */
    HttpResponse<String> send(Identity identity, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signer.headers(identity, Instant.now()).forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An operator import (POST /api/operator/points/imports) of a CSV file. */
    HttpResponse<String> importFile(Identity identity, String csv) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(url("/api/operator/points/imports")))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8)));
        signer.headers(identity, Instant.now()).forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String member, String body) throws IOException, InterruptedException {
        return send(Identity.member(member), "POST", "/api/points/entries", body);
    }

    HttpResponse<String> get(String member, String path) throws IOException, InterruptedException {
        return send(Identity.member(member), "GET", path, null);
    }

    JsonNode read(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    /** The first record on {@code topic} keyed by {@code member}, of logical type {@code type}, that mentions {@code text}. */
    ConsumerRecord<String, byte[]> awaitPublished(String topic, String member, String type, String text) {
        List<ConsumerRecord<String, byte[]>> records = recordsUpTo(topic,
                record -> member.equals(record.key()) && type.equals(header(record, "ce_type")),
                record -> new String(record.value(), StandardCharsets.UTF_8).contains(text));
        return records.get(records.size() - 1);
    }

    /** Publishes a contract as the other services' relays do (CloudEvents binary mode). */
    void produce(String topic, String key, UUID eventId, Object contract) throws Exception {
        publish(topic, key, eventId, contract);
    }

    static String entry(String activityDate, String category, String points) {
        return """
                {"activityDate":"%s","category":"%s","title":"ITC実践研究会での発表","points":%s}"""
                .formatted(activityDate, category, points);
    }
}
