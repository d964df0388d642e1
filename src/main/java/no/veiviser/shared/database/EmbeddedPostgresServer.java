package no.veiviser.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * One embedded PostgreSQL server per JVM. Several Spring contexts in one test run share it, and the
 * server stops with the JVM (the library registers a shutdown hook).
 *
 * <p>The server listens on loopback only and every role signs in with its password (SCRAM); there is
 * no trust authentication, not even while the cluster is created (initdb sets the superuser's password).
 * Veiviser runs as {@value EmbeddedCredentials#APPLICATION_ROLE}, which may read and write rows and
 * nothing else; the migrations run as {@value EmbeddedCredentials#OWNER_ROLE} (docs/operations.md).
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "veiviser";

    private static final String LOOPBACK_WITH_PASSWORDS = """
            # Veiviser's embedded PostgreSQL: loopback only, every role with its password.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private static EmbeddedPostgres server;
    private static Path serverDataDirectory;
    private static boolean startingInBackground;
    private static RuntimeException backgroundFailure;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        if (backgroundFailure != null) {
            throw new IllegalStateException("The embedded PostgreSQL did not start", backgroundFailure);
        }
        if (server == null) {
            Path dataDirectory = properties.dataDirectory().toAbsolutePath();
            server = startNew(dataDirectory, properties.cleanOnStart(), properties.durable(), properties.walArchive());
            serverDataDirectory = dataDirectory;
            EmbeddedRoles.prepare(server, DATABASE, credentials(dataDirectory));
        }
        return server;
    }

    /**
     * Starts the server on a thread of its own; {@link #start} then waits for it, or throws what made
     * it fail. Once per JVM; later calls, and calls after the server has started, do nothing.
     */
    static synchronized void startInBackground(EmbeddedDatabaseProperties properties) {
        if (server != null || startingInBackground) {
            return;
        }
        startingInBackground = true;
        Thread starter = new Thread(() -> startRecordingFailure(properties), "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
    }

    private static synchronized void startRecordingFailure(EmbeddedDatabaseProperties properties) {
        try {
            start(properties);
        } catch (RuntimeException e) {
            backgroundFailure = e;
        }
    }

    /** The port of the server this JVM started, and the credentials beside its data directory. */
    static synchronized int port() {
        return running().getPort();
    }

    static synchronized EmbeddedCredentials credentials() {
        running();
        return credentials(serverDataDirectory);
    }

    private static EmbeddedPostgres running() {
        if (server == null) {
            throw new IllegalStateException("No embedded PostgreSQL runs in this JVM");
        }
        return server;
    }

    static EmbeddedCredentials credentials(Path dataDirectory) {
        return EmbeddedCredentials.read(dataDirectory.toAbsolutePath()).orElseThrow(
                () -> new IllegalStateException("No credentials beside " + dataDirectory));
    }

    /**
     * Starts PostgreSQL on the data directory. A durable server flushes every acknowledged commit to
     * disk: the library starts PostgreSQL with {@code -F} (fsync off) and {@code synchronous_commit=off}
     * for tests, and the settings given here come later on the command line and win. A server of our
     * own still running on the directory (its application was killed) is stopped first, so that two
     * servers never share one data directory.
     */
    static EmbeddedPostgres startNew(Path dataDirectory, boolean clean, boolean durable) {
        return startNew(dataDirectory, clean, durable, null);
    }

    /**
     * The same, keeping completed WAL segments in {@code walArchive} (null: none). A data directory
     * restored from a backup ({@code recovery.signal}) is rolled forward first; the server is returned
     * when it has finished and takes writes.
     */
    static EmbeddedPostgres startNew(Path dataDirectory, boolean clean, boolean durable, Path walArchive) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            StaleServer.stopIfRunning(dataDirectory);
            boolean fresh = clean || !Files.exists(dataDirectory.resolve("postgresql.conf"));
            Optional<EmbeddedCredentials> stored = fresh ? Optional.empty() : EmbeddedCredentials.read(dataDirectory);
            if (!fresh && stored.isEmpty()) {
                requirePasswords(dataDirectory, durable);
                return startNew(dataDirectory, false, durable, walArchive);
            }
            EmbeddedCredentials credentials = stored.orElseGet(EmbeddedCredentials::generate);
            if (fresh) {
                credentials.write(dataDirectory);
            }
            Path passwordFile = credentials.superuserPasswordFile(dataDirectory.getParent());
            try {
                EmbeddedPostgres started = builder(dataDirectory, clean, durable)
                        // initdb: the superuser gets her password at once and no connection is trusted
                        .setLocaleConfig("auth", "scram-sha-256")
                        .setLocaleConfig("pwfile", passwordFile.toString())
                        .setDataDirectoryCustomizer(directory -> {
                            writeAuthentication(directory.toPath());
                            WalArchive.configure(directory.toPath(), walArchive, fresh);
                        })
                        .setConnectConfig("password", credentials.superuser())
                        .start();
                EmbeddedBackup.awaitRecovery(started);
                return started;
            } finally {
                Files.deleteIfExists(passwordFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDirectory, boolean clean, boolean durable) {
        String on = durable ? "on" : "off";
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("fsync", on)
                .setServerConfig("synchronous_commit", on)
                .setServerConfig("full_page_writes", on);
    }

    /**
     * A data directory made before the embedded server had passwords trusts every local connection.
     * Start it once as it is, give the superuser a password, keep the credentials beside it, and stop it;
     * the caller starts it again with passwords required.
     */
    private static void requirePasswords(Path dataDirectory, boolean durable) throws IOException {
        EmbeddedCredentials credentials = EmbeddedCredentials.generate();
        try (EmbeddedPostgres trusting = builder(dataDirectory, false, durable).start();
             Connection connection = DriverManager.getConnection(
                     trusting.getJdbcUrl(EmbeddedCredentials.SUPERUSER_ROLE, "postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("alter role " + EmbeddedCredentials.SUPERUSER_ROLE
                    + " password '" + credentials.superuser() + "'");
            credentials.write(dataDirectory);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the embedded PostgreSQL in " + dataDirectory
                    + " a password", e);
        }
        writeAuthentication(dataDirectory);
    }

    private static void writeAuthentication(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), LOOPBACK_WITH_PASSWORDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write pg_hba.conf in " + dataDirectory, e);
        }
    }
}
