package itc.renewal.platformtest;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Real servers in containers, used where a Docker engine is available. */
final class ContainerServers implements TestInfrastructure.Servers {

    private final PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:17")
            .withUsername("itc").withPassword("itc").withDatabaseName("itc")
            .withCommand("postgres", "-c", "max_connections=300");
    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:3.9.1")
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false"); // as in every deployment: topics are provisioned

    ContainerServers() {
        postgres.start();
        kafka.start();
    }

    @Override
    public String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(), user(), password());
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return postgres.getJdbcUrl().replace("/itc", "/" + name);
    }

    @Override
    public String user() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public void stop() {
        kafka.stop();
        postgres.stop();
    }
}
