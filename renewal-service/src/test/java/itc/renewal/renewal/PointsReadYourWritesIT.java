package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platformtest.RealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule P5 wired end to end: the Kafka-fed projection knows none of the member's points (nothing is
 * published here), a stand-in points-service already has the 10th; the application is accepted at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-04-10T10:00:00+09:00"})
@RealInfrastructure
class PointsReadYourWritesIT {

    private static final HttpServer POINTS_SERVICE = pointsService();

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentitySigner signer;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void pointsServiceUrl(DynamicPropertyRegistry registry) {
        registry.add("renewal.points-service-url", () -> "http://127.0.0.1:" + POINTS_SERVICE.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        POINTS_SERVICE.stop(0);
    }

    /** Answers every member with 10 counted points at ledger sequence 9, as points-service would. */
    private static HttpServer pointsService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/internal/points/", exchange -> {
                String member = exchange.getRequestURI().getPath().split("/")[3];
                byte[] body = ("{\"memberId\":\"" + member + "\",\"fiscalYear\":2026,\"countedTotal\":10.0,"
                        + "\"ledgerSequence\":9}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void p5_appliesRightAfterTheTenthPointAndRemembersTheTotal() {
        HttpHeaders headers = signed("M0000005");
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> applied = http.exchange("/api/renewals/2027", HttpMethod.POST,
                new HttpEntity<>(Map.of("termsVersion", "2027.1"), headers), JsonNode.class);

        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> row = jdbc.queryForMap(
                "select counted_total, ledger_sequence from counted_points where member_id = ? and fiscal_year = 2026",
                "M0000005");
        assertThat((BigDecimal) row.get("counted_total")).isEqualByComparingTo("10");
        assertThat(((Number) row.get("ledger_sequence")).longValue()).isEqualTo(9L);
    }

    @Test
    void p5_detailShowsTheTenthPointBeforeItsEventArrives() {
        ResponseEntity<JsonNode> detail = http.exchange("/api/renewals/2027", HttpMethod.GET,
                new HttpEntity<>(signed("M0000004")), JsonNode.class);

        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody().get("countedPoints").decimalValue()).isEqualByComparingTo("10");
    }

    private HttpHeaders signed(String memberId) {
        HttpHeaders headers = new HttpHeaders();
        signer.headers(Identity.member(memberId), Instant.now()).forEach(headers::add);
        return headers;
    }
}
