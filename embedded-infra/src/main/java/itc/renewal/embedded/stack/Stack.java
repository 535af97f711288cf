package itc.renewal.embedded.stack;

import itc.renewal.embedded.KafkaBroker;
import itc.renewal.embedded.MailServer;
import itc.renewal.embedded.PostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole system on one machine: a real PostgreSQL server (one database per service), a real Kafka
 * broker (KRaft), a real SMTP server, and every service as its own JVM. Used by {@link LocalStack}
 * and by the system tests.
 */
public final class Stack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Stack.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final StackConfig config;
    private final String identitySecret;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
    /** When the stack's business time was its demo time: one instant for every service's clock. */
    private final Instant clockStartedAt = Instant.now();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private MailServer mail;
    private ServiceSupervisor supervisor;

    private Stack(StackConfig config) {
        this.config = config;
        this.identitySecret = config.identitySecret();
    }

    public static Stack start(StackConfig config) throws Exception {
        Stack stack = new Stack(config);
        try {
            stack.startInfrastructure();
            stack.startServices();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure() throws Exception {
        long started = System.nanoTime();
        postgres = PostgresServer.start(config.postgresPort(), config.dataDirectory(), config.keepData());
        for (ServiceSpec spec : config.services()) {
            if (spec.hasDatabase()) {
                postgres.ensureDatabase(spec.database());
            }
        }
        kafka = KafkaBroker.start(config.kafkaPort(), config.kafkaControllerPort(),
                config.dataDirectory().resolve("kafka"));
        mail = MailServer.start(config.smtpPort());
        log.info("PostgreSQL on {}, Kafka on {}, SMTP on {} ready in {} ms", postgres.port(),
                kafka.bootstrapServers(), mail.smtpPort(), (System.nanoTime() - started) / 1_000_000);
    }

    private void startServices() throws Exception {
        long started = System.nanoTime();
        for (ServiceSpec spec : config.services()) {
            ServiceProcess process = new ServiceProcess(spec, jarOf(spec), logOf(spec),
                    ServiceEnvironment.of(spec, config, identitySecret, clockStartedAt, kafka.bootstrapServers(),
                            mail.smtpPort(), postgres::jdbcUrl));
            processes.put(spec.name(), process);
            process.start();
        }
        for (ServiceProcess process : processes.values()) {
            process.awaitHealthy(START_TIMEOUT);
        }
        supervisor = new ServiceSupervisor(processes.values());
        log.info("{} services healthy in {} ms", processes.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops one service gracefully (fault and restart tests). */
    public void stopService(String name) {
        process(name).stop();
    }

    /** Kills a service's process (SIGKILL, a crash); the supervisor starts it again within about a second. */
    public void killService(String name) throws InterruptedException {
        process(name).kill();
    }

    /** Waits until the service answers healthy (after a restart by the supervisor, say). */
    public void awaitHealthy(String name) throws Exception {
        process(name).awaitHealthy(START_TIMEOUT, true);
    }

    /** How often the supervisor has started the service again after it ended unasked. */
    public int restartsOf(String name) {
        return process(name).restarts();
    }

    /** Stops the Kafka broker (controlled shutdown); clients keep retrying until {@link #startBroker}. */
    public synchronized void stopBroker() {
        closeQuietly(kafka);
    }

    /** Starts the broker again on the same ports with the same data. */
    public synchronized void startBroker() throws Exception {
        kafka = KafkaBroker.start(config.kafkaPort(), config.kafkaControllerPort(),
                config.dataDirectory().resolve("kafka"));
    }

    /** Restarts PostgreSQL on the same port with the same data; every open connection breaks. */
    public void restartPostgres() throws Exception {
        postgres.restart();
    }

    /** Starts a service stopped on purpose and waits until it is healthy. */
    public void startService(String name) throws Exception {
        ServiceProcess process = process(name);
        if (!process.isAlive()) {
            process.start();
        }
        process.awaitHealthy(START_TIMEOUT, true);
    }

    private ServiceProcess process(String name) {
        ServiceProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no service " + name + "; the services: " + processes.keySet());
        }
        return process;
    }

    /** Each service and whether its process is running. */
    public Map<String, Boolean> servicesRunning() {
        Map<String, Boolean> running = new LinkedHashMap<>();
        processes.forEach((name, process) -> running.put(name, process.isAlive()));
        return running;
    }

    /** Starts a stopped service again and waits until it is healthy. */
    public void restartService(String name) throws Exception {
        ServiceProcess process = process(name);
        process.stop();
        process.start();
        process.awaitHealthy(START_TIMEOUT);
    }

    public StackConfig config() {
        return config;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public MailServer mail() {
        return mail;
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public Path logOf(ServiceSpec spec) {
        return config.dataDirectory().resolve("logs").resolve(spec.name() + ".log");
    }

    private Path jarOf(ServiceSpec spec) {
        return config.repoRoot().resolve(spec.name()).resolve("target").resolve(spec.name() + "-0.1.0-SNAPSHOT.jar");
    }

    /** Stops the services first (they flush to Kafka and PostgreSQL), then the servers. */
    @Override
    public void close() {
        closeQuietly(supervisor);
        processes.values().forEach(ServiceProcess::requestStop);
        processes.values().forEach(ServiceProcess::awaitStop);
        closeQuietly(mail);
        closeQuietly(kafka);
        closeQuietly(postgres);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            log.warn("while stopping {}: {}", closeable.getClass().getSimpleName(), e.toString());
        }
    }
}
