package no.veiviser.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL server per JVM. Several Spring contexts in one test run share it, and the
 * server stops with the JVM (the library registers a shutdown hook).
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "veiviser";

    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        if (server == null) {
            server = startNew(properties.dataDirectory().toAbsolutePath(), properties.cleanOnStart(), properties.durable());
            createDatabaseIfMissing(server);
        }
        return server;
    }

    /**
     * Starts PostgreSQL on the data directory. A durable server flushes every acknowledged commit to
     * disk: the library starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off}
     * for tests, and the settings given here come later on the command line and win. A server of our
     * own still running on the directory (its application was killed) is stopped first, so that two
     * servers never share one data directory.
     */
    static EmbeddedPostgres startNew(Path dataDirectory, boolean clean, boolean durable) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            StaleServer.stopIfRunning(dataDirectory);
            String on = durable ? "on" : "off";
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("fsync", on)
                    .setServerConfig("synchronous_commit", on)
                    .setServerConfig("full_page_writes", on)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }
}
