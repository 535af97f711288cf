package itc.renewal.platformtest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import itc.renewal.contracts.points.internal.CountedTotal;
import itc.renewal.contracts.points.internal.FiscalYearLockAnswer;
import itc.renewal.contracts.points.internal.FiscalYearLockRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * points-service's internal API (contracts {@code points.internal}, rules P4, P5) on a loopback port, for the tests
 * of its client and for service ITs of renewal-service. By default it answers from the ledger totals a test sets
 * (a member without one has 0 and no ledger): the lock of a counted year and, if {@link #answersTotals}, the
 * consistent counted total (otherwise 503, so the caller falls back to its projection). A test can also take it
 * down (503 for everything), fix one raw answer for every request, or let the first requests hang until it stops.
 * It records every request as "METHOD uri body". As a JUnit extension ({@code @RegisterExtension} on a static
 * field, e.g. of a base class the ITs of a service share) it forgets all of that after each test class and keeps
 * serving on the same port; a test that starts its own closes it.
 */
public final class PointsServiceStub implements AfterAllCallback, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "points-service-stub");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CountedTotal> ledger = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> lockRequests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger hanging = new AtomicInteger();
    private volatile boolean answersTotals;
    private volatile boolean down;
    private volatile Integer rawStatus;
    private volatile String rawBody;

    private PointsServiceStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/internal/points/", this::handle);
        server.start();
    }

    public static PointsServiceStub start() {
        try {
            return new PointsServiceStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of a loopback port nobody listens on. */
    public static String unreachableUrl() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public PointsServiceStub answersTotals(boolean answers) {
        this.answersTotals = answers;
        return this;
    }

    /** Answers {@code status} with {@code body} to every request instead of the ledger's answers. */
    public PointsServiceStub answering(int status, String body) {
        this.rawBody = body;
        this.rawStatus = status;
        return this;
    }

    /** The next {@code requests} requests wait (longer than any client timeout) until the stub stops. */
    public PointsServiceStub hangingFor(int requests) {
        hanging.set(requests);
        return this;
    }

    public void has(String memberId, int fiscalYear, String countedTotal, long ledgerSequence) {
        ledger.put(memberId + "/" + fiscalYear,
                new CountedTotal(memberId, fiscalYear, new BigDecimal(countedTotal), ledgerSequence));
    }

    public void down(boolean down) {
        this.down = down;
    }

    /** Every request as "METHOD uri body", e.g. {@code POST /internal/points/M0000001/fiscal-year-locks {…}}. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** Each lock request as "member counted-year→renewal-year ≥ required", e.g. "M0000001 2026→2027 ≥ 10". */
    public List<String> lockRequests() {
        return List.copyOf(lockRequests);
    }

    /** Forgets the ledger, the requests and every setting, so the next test class starts from scratch. */
    @Override
    public void afterAll(ExtensionContext context) {
        ledger.clear();
        requests.clear();
        lockRequests.clear();
        hanging.set(0);
        answersTotals = false;
        down = false;
        rawStatus = null;
        rawBody = null;
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body);
            if (!signedByAService(exchange)) {
                // as points-service answers: /internal/** only for another service's identity, signed for it
                respond(exchange, 401, JSON.writeValueAsBytes(Map.of("status", 401, "code", "identity.missing")));
                return;
            }
            String memberId = exchange.getRequestURI().getPath().split("/")[3];
            FiscalYearLockRequest lock = "POST".equals(exchange.getRequestMethod())
                    ? JSON.readValue(body, FiscalYearLockRequest.class) : null;
            if (lock != null) {
                lockRequests.add(memberId + " " + lock.fiscalYear() + "→" + lock.renewalFiscalYear() + " ≥ "
                        + lock.requiredPoints().toPlainString());
            }
            if (hanging.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                release.await(5, TimeUnit.SECONDS);
            }
            if (rawStatus != null) {
                respond(exchange, rawStatus, rawBody.getBytes(StandardCharsets.UTF_8));
            } else if (down || (lock == null && !answersTotals)) {
                respond(exchange, 503, JSON.writeValueAsBytes(Map.of("status", 503)));
            } else {
                respond(exchange, 200, JSON.writeValueAsBytes(answer(exchange, memberId, lock)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean signedByAService(HttpExchange exchange) {
        return TestIdentity.protocol().verify(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        "points-service", exchange.getRequestHeaders()::getFirst, Instant.now())
                .filter(claims -> "SERVICE".equals(claims.role())).isPresent();
    }

    /** The lock of a counted year, or (without {@code lock}) the consistent counted total. */
    private Object answer(HttpExchange exchange, String memberId, FiscalYearLockRequest lock) {
        if (lock != null) {
            CountedTotal total = total(memberId, lock.fiscalYear());
            return new FiscalYearLockAnswer(memberId, lock.fiscalYear(), total.countedTotal(),
                    total.ledgerSequence(), total.countedTotal().compareTo(lock.requiredPoints()) >= 0);
        }
        return total(memberId, Integer.parseInt(exchange.getRequestURI().getQuery().replaceAll("\\D", "")));
    }

    private CountedTotal total(String memberId, int year) {
        return ledger.getOrDefault(memberId + "/" + year, new CountedTotal(memberId, year, BigDecimal.ZERO, null));
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
