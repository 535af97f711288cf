package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * points-service's internal API for service ITs: the lock of a counted year (P4) and, if asked to, the consistent
 * counted total (P5; otherwise 503, so the service falls back to its Kafka-fed projection). It answers from the
 * ledger totals a test sets (a member without one has 0 and no ledger), records the lock requests, and can be
 * taken down (503 for everything). Registered as an extension ({@code @RegisterExtension} on a static field), it
 * stops after the test class.
 */
public final class PointsServiceStandIn implements AfterAllCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final boolean answersTotals;
    private final Map<String, Total> ledger = new ConcurrentHashMap<>();
    private final List<String> lockRequests = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private PointsServiceStandIn(boolean answersTotals) throws IOException {
        this.answersTotals = answersTotals;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/internal/points/", this::handle);
        server.start();
    }

    public static PointsServiceStandIn start(boolean answersTotals) {
        try {
            return new PointsServiceStandIn(answersTotals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void has(String memberId, int fiscalYear, String countedTotal, long ledgerSequence) {
        ledger.put(memberId + "/" + fiscalYear, new Total(memberId, fiscalYear, new BigDecimal(countedTotal),
                ledgerSequence));
    }

    public void down(boolean down) {
        this.down = down;
    }

    /** Each lock request as "member counted-year→renewal-year ≥ required", e.g. "M0000001 2026→2027 ≥ 10". */
    public List<String> lockRequests() {
        return List.copyOf(lockRequests);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String memberId = exchange.getRequestURI().getPath().split("/")[3];
        if (down) {
            respond(exchange, 503, Map.of("status", 503));
        } else if ("POST".equals(exchange.getRequestMethod())) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            int year = request.get("fiscalYear").asInt();
            BigDecimal required = request.get("requiredPoints").decimalValue();
            lockRequests.add(memberId + " " + year + "→" + request.get("renewalFiscalYear").asInt() + " ≥ "
                    + required.toPlainString());
            Total total = total(memberId, year);
            respond(exchange, 200, new Lock(memberId, year, total.countedTotal(), total.ledgerSequence(),
                    total.countedTotal().compareTo(required) >= 0));
        } else if (answersTotals) {
            int year = Integer.parseInt(exchange.getRequestURI().getQuery().replaceAll("\\D", ""));
            respond(exchange, 200, total(memberId, year));
        } else {
            respond(exchange, 503, Map.of("status", 503));
        }
    }

    private Total total(String memberId, int year) {
        return ledger.getOrDefault(memberId + "/" + year, new Total(memberId, year, BigDecimal.ZERO, null));
    }

    private static void respond(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private record Total(String memberId, int fiscalYear, BigDecimal countedTotal, Long ledgerSequence) {
    }

    private record Lock(String memberId, int fiscalYear, BigDecimal countedTotal, Long ledgerSequence,
                        boolean locked) {
    }
}
