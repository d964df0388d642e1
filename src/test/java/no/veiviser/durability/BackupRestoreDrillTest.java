package no.veiviser.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.veiviser.shared.database.DatabaseAdministrator;
import no.veiviser.shared.database.DatabaseCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restore drill: Veiviser runs on a durable embedded database with its WAL archive; clients write;
 * a backup is taken while it runs ({@code database backup}); more is written; then the backup is
 * restored into a new data directory twice ({@code database restore}): rolled forward to the end, it
 * holds every row of every table exactly as the original, and {@code audit verify} finds its trail
 * intact; rolled forward to a moment, it holds what was written before that moment and nothing after.
 */
class BackupRestoreDrillTest {

    private static final Logger log = LoggerFactory.getLogger(BackupRestoreDrillTest.class);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aRestoreReproducesEveryRowAndAnIntactTrail() throws Exception {
        Path data = folder.resolve("postgres");
        ChildVeiviser original = ChildVeiviser.start(data, folder.resolve("original.log"));
        Map<String, String> original_;
        OffsetDateTime moment;
        try {
            write(original, "før kopien", 3);
            assertThat(command("backup", folder.resolve("backup").toString(), "--data-directory", data.toString()))
                    .as("the backup command").isZero();
            write(original, "etter kopien", 3);
            Thread.sleep(1_100);
            moment = OffsetDateTime.now();
            Thread.sleep(1_100);
            write(original, "etter tidspunktet", 3);
            // The last segment goes to the archive when it is complete or switched, as at any checkpoint.
            DatabaseAdministrator.onRunningDataDirectory(data, jdbc -> jdbc.queryForObject(
                    "select pg_walfile_name(pg_switch_wal())", String.class));
            original_ = fingerprint(data, true);
        } finally {
            original.stop();
        }

        Path restored = folder.resolve("restored");
        assertThat(command("restore", folder.resolve("backup").toString(), restored.toString(),
                "--data-directory", data.toString())).isZero();
        Map<String, String> rolledForward = fingerprint(restored, false);
        assertThat(rolledForward).as("every table, row for row").isEqualTo(original_);
        assertThat(auditVerify(restored)).as("audit verify on the restored database").isZero();

        Path pointInTime = folder.resolve("point-in-time");
        assertThat(command("restore", folder.resolve("backup").toString(), pointInTime.toString(),
                "--data-directory", data.toString(), "--until", moment.toString())).isZero();
        List<String> descriptions = DatabaseAdministrator.onDataDirectory(pointInTime, jdbc -> jdbc.queryForList(
                "select description from learning_activity where description like 'Drill:%' order by description",
                String.class));
        assertThat(descriptions).as("what was written before the moment, nothing after")
                .hasSize(6).allMatch(text -> !text.contains("etter tidspunktet"));
        log.info("Restore drill: {} tables ({} rows) reproduced; point in time {} kept {} of 9 drill writes",
                rolledForward.size(), rolledForward.values().stream().mapToLong(v -> Long.parseLong(v.split(":")[0])).sum(),
                moment, descriptions.size());
    }

    private void write(ChildVeiviser veiviser, String label, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpRequest request = HttpRequest.newBuilder(veiviser.uri("/api/v1/activities"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "sindre.holm:demo".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"type":"OTHER","description":"Drill: %s %d","performedOn":"2026-11-02","goalCodes":["ALM-001"]}"""
                            .formatted(label, i))).build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        }
    }

    /** Per table: the number of rows and an md5 over all of them in a fixed order. */
    private static Map<String, String> fingerprint(Path data, boolean running) {
        java.util.function.Function<org.springframework.jdbc.core.JdbcTemplate, Map<String, String>> work = jdbc -> {
            Map<String, String> tables = new LinkedHashMap<>();
            for (String table : jdbc.queryForList("""
                    select table_name from information_schema.tables
                     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""", String.class)) {
                tables.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                        + "order by t::text)), '') from \"" + table + "\" t", String.class));
            }
            return tables;
        };
        return running ? DatabaseAdministrator.onRunningDataDirectory(data, work)
                : DatabaseAdministrator.onDataDirectory(data, work);
    }

    private static int command(String... arguments) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DatabaseCommand.run(arguments, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        if (status != 0) {
            log.error("database {}: {}", arguments[0], err.toString(StandardCharsets.UTF_8));
        }
        return status;
    }

    /** {@code java -jar veiviser.jar audit verify}, as operations would run it, on the restored data. */
    private int auditVerify(Path data) throws Exception {
        // The command reads its settings as the application does; given here as system properties.
        Process process = new ProcessBuilder(ChildVeiviser.java(List.of("-Dveiviser.embedded-database.data-directory=" + data,
                "-Dveiviser.embedded-database.clean-on-start=false", "-Dveiviser.demo.enabled=false",
                "no.veiviser.VeiviserApplication", "audit", "verify")))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("audit-verify.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
