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
    private volatile Process process;
    /** Whether this service should be running: a process that is not is restarted by the {@link ServiceSupervisor}. */
    private volatile boolean wanted;
    private int restarts;

    ServiceProcess(ServiceSpec spec, Path jar, Path log, Map<String, String> environment) {
        this.spec = spec;
        this.jar = jar;
        this.log = log;
        this.environment = environment;
    }

    synchronized void start() throws IOException {
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
        wanted = true;
    }

    /** Waits until the service answers its health check with UP; fails at once if its process ends. */
    void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        awaitHealthy(timeout, false);
    }

    /**
     * Waits until the service answers its health check with UP. {@code supervised}: a process that ended is waited
     * for, as the {@link ServiceSupervisor} starts it again; otherwise that fails at once, naming the log.
     */
    void awaitHealthy(Duration timeout, boolean supervised) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process current = process;
            if (!current.isAlive()) {
                if (!supervised || !wanted) {
                    throw new IllegalStateException(spec.name() + " exited with " + current.exitValue() + "; see "
                            + log);
                }
            } else if (isHealthy()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException(spec.name() + " not healthy within " + timeout + "; see " + log);
    }

    /** Whether the service answers its health check with UP now. */
    boolean isHealthy() throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + spec.port() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("UP");
        } catch (IOException notListening) {
            return false;
        }
    }

    /** Graceful stop (SIGTERM, so Spring closes its processors and Kafka clients), then forced. */
    void stop() {
        requestStop();
        awaitStop();
    }

    /** SIGKILL, as a crash: nothing is flushed or closed. The supervisor starts the service again. */
    synchronized void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts the service again if it should run and its process has ended; whether it did. */
    synchronized boolean restartIfCrashed() throws IOException {
        if (!wanted || isAlive()) {
            return false;
        }
        restarts++;
        start();
        return true;
    }

    synchronized int restarts() {
        return restarts;
    }

    /** Sends SIGTERM without waiting, so that several services shut down in parallel. */
    synchronized void requestStop() {
        wanted = false;
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
