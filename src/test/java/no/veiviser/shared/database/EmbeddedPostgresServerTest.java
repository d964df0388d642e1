package no.veiviser.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps its data across restarts, flushes every commit as any PostgreSQL does,
 * and starts even when a server of its own was left running on its data directory.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dataDirectory = folder.resolve("postgres");
        try (EmbeddedPostgres first = EmbeddedPostgresServer.startNew(dataDirectory, false, false);
             Connection connection = first.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text); insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresServer.startNew(dataDirectory, false, false);
             Connection connection = second.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void theDefaultIsAsDurableAsAnyPostgresql() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgresServer.startNew(folder.resolve("durable"), false, true)) {
            assertThat(setting(server, "fsync")).isEqualTo("on");
            assertThat(setting(server, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(server, "full_page_writes")).isEqualTo("on");
        }
        try (EmbeddedPostgres server = EmbeddedPostgresServer.startNew(folder.resolve("fast"), false, false)) {
            assertThat(setting(server, "fsync")).as("the tests' explicit choice").isEqualTo("off");
        }
    }

    @Test
    void aServerLeftRunningOnTheDataDirectoryIsStoppedBeforeANewOneStarts() throws Exception {
        Path dataDirectory = folder.resolve("orphan");
        // What kill -9 of the application leaves behind: a JVM that started the server, killed.
        Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledApplication.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).start();
        var output = new java.io.BufferedReader(new java.io.InputStreamReader(application.getInputStream()));
        String line;
        while ((line = output.readLine()) != null && !line.equals(KilledApplication.READY)) {
            // the child's log
        }
        assertThat(line).as("the application reported its write").isEqualTo(KilledApplication.READY);
        application.destroyForcibly().waitFor();
        long orphanPid = StaleServer.running(dataDirectory).orElseThrow(
                () -> new AssertionError("kill -9 of the application should leave its PostgreSQL running")).pid();

        try (EmbeddedPostgres restarted = EmbeddedPostgresServer.startNew(dataDirectory, false, false);
             Connection connection = restarted.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphaned server was stopped").isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("acknowledged");
        }
    }

    @Test
    void aSecondStartOnADataDirectoryInUseIsRefusedAndLeavesTheFirstRunning() throws Exception {
        Path dataDirectory = folder.resolve("in-use");
        try (EmbeddedPostgres first = EmbeddedPostgresServer.startNew(dataDirectory, false, false)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> EmbeddedPostgresServer.startNew(dataDirectory, false, false)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already runs");
            try (Connection connection = first.getPostgresDatabase().getConnection();
                 ResultSet row = connection.createStatement().executeQuery("select 1")) {
                assertThat(row.next()).as("the first server still answers").isTrue();
            }
        }
    }

    @Test
    void aDataDirectoryFromBeforePasswordsKeepsItsDataAndNoLongerTrustsAnyone() throws Exception {
        Path dataDirectory = folder.resolve("trusting");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text); insert into kept values ('from before')");
        }
        try (EmbeddedPostgres upgraded = EmbeddedPostgresServer.startNew(dataDirectory, false, false)) {
            assertThat(EmbeddedCredentials.read(dataDirectory)).as("passwords kept beside the data").isPresent();
            String url = "jdbc:postgresql://localhost:" + upgraded.getPort() + "/postgres";
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> java.sql.DriverManager.getConnection(url, "postgres", "").close()))
                    .as("no password, no entry").isInstanceOf(SQLException.class);
            try (Connection connection = upgraded.getPostgresDatabase().getConnection();
                 ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("from before");
            }
        }
    }

    /** An application that starts the embedded server, writes, says so, and waits to be killed. */
    static final class KilledApplication {

        static final String READY = "written";

        public static void main(String[] arguments) throws Exception {
            EmbeddedPostgres server = EmbeddedPostgresServer.startNew(Path.of(arguments[0]), false, true);
            try (Connection connection = server.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute(
                        "create table kept (note text); insert into kept values ('acknowledged')");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    private static String setting(EmbeddedPostgres server, String name) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             ResultSet row = connection.createStatement().executeQuery("show " + name)) {
            row.next();
            return row.getString(1);
        }
    }
}
