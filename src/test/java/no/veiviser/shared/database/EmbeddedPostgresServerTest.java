package no.veiviser.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps its data in its data directory across restarts. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dataDirectory = folder.resolve("postgres");
        try (EmbeddedPostgres first = EmbeddedPostgresServer.startNew(dataDirectory, false);
             Connection connection = first.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text); insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresServer.startNew(dataDirectory, false);
             Connection connection = second.getPostgresDatabase().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }
}
