package itc.renewal.embedded.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service running as a child JVM from its built jar, with its log in a file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private Process process;

    ServiceProcess(ServiceSpec spec, Path jar, Path log, Map<String, String> environment) {
        this.spec = spec;
        this.jar = jar;
        this.log = log;
        this.environment = environment;
    }

    void start() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -DskipTests package");
        }
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms64m", "-Xmx320m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-Daxoniq.update-checker.disabled=true", "-Duser.timezone=UTC",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Waits until the service answers its health check with UP, or fails with the log's tail. */
    void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + spec.port() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.name() + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(spec.name() + " not healthy within " + timeout + "; see " + log);
    }

    /** Graceful stop (SIGTERM, so Spring closes its processors and Kafka clients), then forced. */
    void stop() {
        requestStop();
        awaitStop();
    }

    /** Sends SIGTERM without waiting, so that several services shut down in parallel. */
    void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    void awaitStop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    ServiceSpec spec() {
        return spec;
    }

    Path log() {
        return log;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
