package itc.renewal.embedded;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the test stack's services export their spans: an OTLP/HTTP endpoint ({@code POST /v1/traces}, protobuf, as
 * an OpenTelemetry Collector takes them) on loopback that answers 200 and keeps the latest export requests as they
 * came, so a test can tell which services reported spans of a trace. It does not decode spans: a trace id is 16 raw
 * bytes in the request and a service's name its UTF-8 text, which is all the tests ask about.
 */
public final class TraceCollector implements AutoCloseable {

    public static final String PATH = "/v1/traces";
    private static final int KEPT = 5_000;

    private final HttpServer server;
    private final Deque<byte[]> exports = new ArrayDeque<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    public static TraceCollector start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        TraceCollector collector = new TraceCollector(server);
        server.createContext(PATH, exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                collector.keep(body.readAllBytes());
            }
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return collector;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    private synchronized void keep(byte[] export) {
        exports.addLast(export);
        if (exports.size() > KEPT) {
            exports.removeFirst();
        }
    }

    /** Which of {@code services} exported at least one request holding spans of the trace ({@code traceId}, hex). */
    public synchronized Set<String> servicesReporting(String traceId, List<String> services) {
        byte[] id = HexFormat.of().parseHex(traceId);
        return exports.stream().filter(export -> contains(export, id))
                .flatMap(export -> services.stream()
                        .filter(service -> contains(export, service.getBytes(StandardCharsets.UTF_8))))
                .collect(Collectors.toSet());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
