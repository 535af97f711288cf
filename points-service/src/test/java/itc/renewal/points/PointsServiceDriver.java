package itc.renewal.points;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.ServiceDriver;
import itc.renewal.platformtest.SignedRequests;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the running points-service as its neighbours do: members and operators over HTTP, events over Kafka.
 * A bean of the IT's context ({@code @Import(PointsServiceDriver.class)}).
 */
class PointsServiceDriver extends ServiceDriver {

    static final Identity OPERATOR = new Identity("OP-1", Identity.Role.OPERATOR);

    /** Answers as text, so tests see exactly what a client gets, problem details included. */
    private final HttpClient client = HttpClient.newHttpClient();

    private final JdbcTemplate jdbc;

    PointsServiceDriver(Environment environment, IdentitySigner signer, ObjectMapper json, TestRestTemplate http,
                        JdbcTemplate jdbc) {
        super(environment, signer, json, http);
        this.jdbc = jdbc;
    }

    /** A signed JSON request; {@code body} may be null. */
    HttpResponse<String> send(Identity identity, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        SignedRequests.headers(signer, identity, HttpMethod.valueOf(method), path)
                .forEach((name, values) -> request.header(name, values.get(0)));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An operator import (POST /api/operator/points/imports) of a CSV file. */
    HttpResponse<String> importFile(Identity identity, String csv) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(url("/api/operator/points/imports")))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(StandardCharsets.UTF_8)));
        SignedRequests.headers(signer, identity, HttpMethod.POST, "/api/operator/points/imports")
                .forEach((name, values) -> request.header(name, values.get(0)));
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

    // Corrections and withdrawals of entries (rule P3), association imports, and what the ledger stored of them.

    HttpResponse<String> correct(String member, String entryId, String body) throws Exception {
        return send(Identity.member(member), "PUT", "/api/points/entries/" + entryId, body);
    }

    HttpResponse<String> withdraw(String member, String entryId, String body) throws Exception {
        return send(Identity.member(member), "POST", "/api/points/entries/" + entryId + "/withdrawal", body);
    }

    /** An operator import of one CSV row; its HTTP status. */
    int importRow(String row) throws Exception {
        return importFile(OPERATOR, "member_id,activity_date,category,hours,points,title\n" + row + "\n")
                .statusCode();
    }

    /** The id of an entry registered with 201. */
    String entryId(HttpResponse<String> registered) throws Exception {
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return read(registered).get("entryId").asText();
    }

    void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(read(response).get("code").asText()).isEqualTo(code);
    }

    /** How many events the member's ledger stored. */
    int eventsOf(String member) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, member);
    }
}
