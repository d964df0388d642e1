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
            server = startNew(properties.dataDirectory().toAbsolutePath(), properties.cleanOnStart());
            createDatabaseIfMissing(server);
        }
        return server;
    }

    static EmbeddedPostgres startNew(Path dataDirectory, boolean clean) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("timezone", "UTC")
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
