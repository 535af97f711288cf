package itc.renewal.embedded.stack;

import itc.renewal.embedded.FreePorts;
import itc.renewal.embedded.KafkaBroker;
import itc.renewal.embedded.MailServer;
import itc.renewal.embedded.PostgresServer;
import itc.renewal.embedded.TraceCollector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final ServiceInstances services = new ServiceInstances();
    /** When the stack's business time was its demo time: one instant for every service's clock. */
    private final Instant clockStartedAt = Instant.now();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private MailServer mail;
    /** Test stacks only (data not kept): the services' spans, so tests can follow a trace. */
    private TraceCollector traces;

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
        if (!config.keepData()) {
            traces = TraceCollector.start(FreePorts.next());
        }
        log.info("PostgreSQL on {}, Kafka on {}, SMTP on {} ready in {} ms", postgres.port(),
                kafka.bootstrapServers(), mail.smtpPort(), (System.nanoTime() - started) / 1_000_000);
    }

    private void startServices() throws Exception {
        long started = System.nanoTime();
        for (ServiceSpec spec : config.services()) {
            services.start(spec, config.instances(), jarOf(spec), instance -> ServiceEnvironment.of(instance, config,
                    identitySecret, clockStartedAt, kafka.bootstrapServers(), mail.smtpPort(), postgres::jdbcUrl,
                    traces == null ? null : traces.endpoint()),
                    this::logOf);
        }
        services.awaitAllHealthy(START_TIMEOUT);
        log.info("{} services ({} instance(s) each) healthy in {} ms", config.services().size(), config.instances(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops every instance of one service gracefully (fault and restart tests). */
    public void stopService(String name) {
        for (int n = 1; n <= instancesOf(name); n++) {
            services.stop(name, n);
        }
    }

    /** Kills a service's (first) process (SIGKILL, a crash); the supervisor starts it again within about a second. */
    public void killService(String name) throws InterruptedException {
        services.instance(name, 1).kill();
    }

    /** Waits until every instance of the service answers healthy (after a restart by the supervisor, say). */
    public void awaitHealthy(String name) throws Exception {
        for (ServiceProcess process : services.of(name)) {
            process.awaitHealthy(START_TIMEOUT, true);
        }
    }

    /** How often the supervisor has started the service's instances again after they ended unasked. */
    public int restartsOf(String name) {
        return services.of(name).stream().mapToInt(ServiceProcess::restarts).sum();
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

    /** Starts every stopped instance of a service and waits until they are healthy. */
    public void startService(String name) throws Exception {
        for (int n = 1; n <= instancesOf(name); n++) {
            services.start(name, n, START_TIMEOUT);
        }
    }

    /** Stops every instance of a service and starts them again, waiting until they are healthy. */
    public void restartService(String name) throws Exception {
        stopService(name);
        startService(name);
    }

    /** Each service instance ({@code name}, or {@code name#n} for the n-th of several) and whether it runs. */
    public Map<String, Boolean> servicesRunning() {
        return services.running();
    }

    public int instancesOf(String name) {
        return services.of(name).size();
    }

    /** Instance {@code n} (from 1) of a service: out of its balancer's rotation, then SIGTERM. */
    public void stopInstance(String name, int n) {
        services.stop(name, n);
    }

    /** Whether instance {@code n} of a service answers its health check with UP now. */
    public boolean instanceHealthy(String name, int n) throws InterruptedException {
        return services.instance(name, n).isHealthy();
    }

    /** Starts instance {@code n} of a service again, waits until it is healthy, puts it back into the rotation. */
    public void startInstance(String name, int n) throws Exception {
        services.start(name, n, START_TIMEOUT);
    }

    /** The port instance {@code n} of a service listens on itself (its balancer listens on the service's port). */
    public int instancePort(String name, int n) {
        return services.instance(name, n).spec().port();
    }

    /** Moves the business clock of every instance of every service (BusinessClocks through each one's port). */
    public List<BusinessClocks.Answer> moveClocks(OffsetDateTime target) throws InterruptedException {
        return BusinessClocks.moveTo(config, services.instanceSpecs(), target);
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

    /** The spans the services exported (test stacks; the local stack exports none unless told where). */
    public Optional<TraceCollector> traces() {
        return Optional.ofNullable(traces);
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    public Path logOf(ServiceSpec spec) {
        return logOf(spec.name());
    }

    /** The log of an instance: {@code name.log}, or {@code name#n.log} for the n-th of several. */
    private Path logOf(String label) {
        return config.dataDirectory().resolve("logs").resolve(label.replace('#', '-') + ".log");
    }

    private Path jarOf(ServiceSpec spec) {
        return config.repoRoot().resolve(spec.name()).resolve("target").resolve(spec.name() + "-0.1.0-SNAPSHOT.jar");
    }

    /** Stops the services first (they flush to Kafka and PostgreSQL), then the servers. */
    @Override
    public void close() {
        closeQuietly(services);
        closeQuietly(mail);
        closeQuietly(traces);
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
