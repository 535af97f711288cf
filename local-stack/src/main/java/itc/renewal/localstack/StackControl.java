package itc.renewal.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import itc.renewal.embedded.stack.Stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Executors;

/**
 * The running local stack's control, for fault drills ({@code ./itc-renewal ctl …}): stop and start the Kafka
 * broker, restart PostgreSQL, kill, stop and start each service. HTTP on loopback only, with a token the launcher
 * writes to {@code .data/control-token} (readable by whoever may run the stack). One action at a time.
 */
final class StackControl implements AutoCloseable {

    static final int PORT = 18099;

    private final Stack stack;
    private final String token;
    private final HttpServer server;

    private StackControl(Stack stack, String token, HttpServer server) {
        this.stack = stack;
        this.token = token;
        this.server = server;
    }

    static StackControl start(Stack stack, Path dataDirectory) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Files.writeString(dataDirectory.resolve("control-token"), token);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        StackControl control = new StackControl(stack, token, server);
        server.createContext("/", control::handle);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "stack-control");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return control;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String given = exchange.getRequestHeaders().getFirst("X-Control-Token");
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                answer(exchange, 401, "token missing or wrong (.data/control-token)\n");
                return;
            }
            String[] path = exchange.getRequestURI().getPath().substring(1).split("/");
            try {
                answer(exchange, 200, act(exchange.getRequestMethod(), path) + "\n");
            } catch (IllegalArgumentException unknown) {
                answer(exchange, 404, unknown.getMessage() + "\n");
            } catch (Exception failed) {
                answer(exchange, 500, failed + "\n");
            }
        }
    }

    private String act(String method, String[] path) throws Exception {
        String action = String.join(" ", path);
        if (method.equals("GET") && action.equals("status")) {
            return "services " + stack.servicesRunning();
        }
        if (!method.equals("POST")) {
            throw new IllegalArgumentException("POST an action, or GET status");
        }
        switch (path[0] + (path.length > 1 ? " " + path[1] : "")) {
            case "broker stop" -> stack.stopBroker();
            case "broker start" -> stack.startBroker();
            case "postgres restart" -> stack.restartPostgres();
            default -> serviceAction(path);
        }
        return "done: " + action;
    }

    private void serviceAction(String[] path) throws Exception {
        if (path.length != 2) {
            throw new IllegalArgumentException("actions: broker stop|start, postgres restart, "
                    + "<service> kill|stop|start|await, status");
        }
        switch (path[1]) {
            case "kill" -> stack.killService(path[0]);
            case "stop" -> stack.stopService(path[0]);
            case "start" -> stack.startService(path[0]);
            case "await" -> stack.awaitHealthy(path[0]);
            default -> throw new IllegalArgumentException("unknown action " + path[1] + " for " + path[0]);
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
