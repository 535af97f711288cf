package itc.renewal.platformtest;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;

import javax.sql.DataSource;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL server and Kafka broker shared by every test of one JVM, started on first use and
 * stopped when the JVM exits.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static Servers servers;

    private TestInfrastructure() {
    }

    public static synchronized Servers servers() {
        if (servers == null) {
            long started = System.nanoTime();
            servers = dockerAvailable() ? new ContainerServers() : new EmbeddedServers();
            Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "test-infrastructure-stop"));
            log.info("Test infrastructure ({}) ready in {} ms: kafka {}", servers.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000, servers.kafkaBootstrapServers());
        }
        return servers;
    }

    /** A new, empty database; its JDBC URL. */
    public static String newDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return servers().createDatabase(name);
    }

    /**
     * A new database with the schema of a service as its Flyway migrations make it (the platform's and the
     * service's), for tests that drive JDBC code without a Spring context.
     */
    public static DataSource newMigratedDatabase(String service) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(newDatabase(), servers().user(),
                servers().password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform", "classpath:db/migration")
                .placeholders(Map.of("inbox_consumer", service)).outOfOrder(true).load().migrate();
        return dataSource;
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("itc.tests.embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The servers behind the tests, whatever runs them. */
    public interface Servers {

        String createDatabase(String name);

        String user();

        String password();

        String kafkaBootstrapServers();

        void stop();
    }
}
