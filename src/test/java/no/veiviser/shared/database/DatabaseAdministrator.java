package no.veiviser.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The test database's other roles, for tests that play someone with more power than the application:
 * the superuser (an attacker with database administrator rights) and the owner of the schema.
 */
public final class DatabaseAdministrator {

    private DatabaseAdministrator() {
    }

    public static DataSource superuser() {
        return as(EmbeddedCredentials.SUPERUSER_ROLE, credentials().superuser());
    }

    public static DataSource owner() {
        return as(EmbeddedCredentials.OWNER_ROLE, credentials().owner());
    }

    /** Connects as a role with the given password, for tests of authentication itself. */
    public static DataSource as(String role, String password) {
        return new DriverManagerDataSource("jdbc:postgresql://localhost:" + EmbeddedPostgresServer.port() + "/"
                + EmbeddedPostgresServer.DATABASE, role, password);
    }

    public static JdbcTemplate superuserJdbc() {
        return new JdbcTemplate(superuser());
    }

    public static TransactionTemplate transactionsOf(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /**
     * Starts a server of its own on a data directory another process left (stopped), runs the work on
     * its database as the superuser, and stops it again.
     */
    public static <T> T onDataDirectory(Path dataDirectory, Function<JdbcTemplate, T> work) {
        try (EmbeddedPostgres server = EmbeddedPostgresServer.startNew(dataDirectory, false, false)) {
            EmbeddedCredentials credentials = EmbeddedCredentials.read(dataDirectory).orElseThrow();
            return work.apply(new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://localhost:"
                    + server.getPort() + "/" + EmbeddedPostgresServer.DATABASE, EmbeddedCredentials.SUPERUSER_ROLE,
                    credentials.superuser())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the work as the superuser on the server another process runs on a data directory. */
    public static <T> T onRunningDataDirectory(Path dataDirectory, Function<JdbcTemplate, T> work) {
        try {
            int port = Integer.parseInt(java.nio.file.Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(3).trim());
            EmbeddedCredentials credentials = EmbeddedCredentials.read(dataDirectory).orElseThrow();
            return work.apply(new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://localhost:" + port + "/"
                    + EmbeddedPostgresServer.DATABASE, EmbeddedCredentials.SUPERUSER_ROLE, credentials.superuser())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedCredentials credentials() {
        return EmbeddedPostgresServer.credentials();
    }
}
