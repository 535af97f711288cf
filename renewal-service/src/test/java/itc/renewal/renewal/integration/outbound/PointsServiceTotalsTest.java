package itc.renewal.renewal.integration.outbound;

import com.sun.net.httpserver.HttpServer;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static itc.renewal.renewal.renewal.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.renewal.RenewalTestData.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule P5: the HTTP adapter to points-service, against a tiny local HTTP server. */
class PointsServiceTotalsTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);
    private final BusinessClock clock = clockAt(APRIL_10);
    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private String serve(int status, String body, boolean hang) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/internal/points/", exchange -> {
            try {
                if (hang) {
                    // Longer than the adapter's read timeout; released when the test ends.
                    release.await(5, TimeUnit.SECONDS);
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void p5_readsTheConsistentCountedTotal() throws IOException {
        String url = serve(200, """
                {"memberId":"M0000001","fiscalYear":2026,"countedTotal":10.0,"ledgerSequence":9}""", false);

        Optional<CountedPointsReported> total = new PointsServiceTotals(url, clock).countedTotal("M0000001", FY2026);

        assertThat(total).hasValueSatisfying(report -> {
            assertThat(report.countedTotal()).isEqualByComparingTo("10");
            assertThat(report.ledgerSequence()).isEqualTo(9L);
            assertThat(report.fiscalYear()).isEqualTo(2026);
        });
    }

    @Test
    void p5_answersNothingWhenPointsServiceIsSlow() throws IOException {
        String url = serve(200, "{}", true);
        long started = System.nanoTime();

        Optional<CountedPointsReported> total = new PointsServiceTotals(url, clock).countedTotal("M0000001", FY2026);

        assertThat(total).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void p5_answersNothingWhenPointsServiceIsUnreachable() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }

        Optional<CountedPointsReported> total = new PointsServiceTotals("http://127.0.0.1:" + freePort, clock)
                .countedTotal("M0000001", FY2026);

        assertThat(total).isEmpty();
    }

    @Test
    void p5_answersNothingOnAnErrorStatus() throws IOException {
        String url = serve(500, "{}", false);

        assertThat(new PointsServiceTotals(url, clock).countedTotal("M0000001", FY2026)).isEmpty();
    }
}
