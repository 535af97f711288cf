package itc.renewal.platformtest;

import itc.renewal.embedded.FreePorts;
import itc.renewal.embedded.KafkaBroker;
import itc.renewal.embedded.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** Real servers without Docker: embedded PostgreSQL binaries and a KRaft broker from Kafka's jars. */
final class EmbeddedServers implements TestInfrastructure.Servers {

    private final PostgresServer postgres;
    private final KafkaBroker kafka;

    EmbeddedServers() {
        try {
            Path root = Files.createTempDirectory("itc-test-infra");
            postgres = PostgresServer.start(0, root, false);
            kafka = KafkaBroker.start(FreePorts.next(), FreePorts.next(), root.resolve("kafka"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start embedded test infrastructure", e);
        }
    }

    @Override
    public String createDatabase(String name) {
        try {
            postgres.ensureDatabase(name);
            return postgres.jdbcUrl(name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String user() {
        return PostgresServer.USER;
    }

    @Override
    public String password() {
        return PostgresServer.PASSWORD;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void stop() {
        try {
            kafka.close();
            postgres.close();
        } catch (Exception e) {
            // JVM is exiting; nothing left to protect.
        }
    }
}
