package no.veiviser.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Backup and restore of the embedded PostgreSQL, while Veiviser runs, with PostgreSQL's own
 * low-level base backup ({@code pg_backup_start}/{@code pg_backup_stop}, as pg_basebackup does) and
 * the WAL archive ({@link WalArchive}):
 *
 * <ul>
 *   <li>a backup is a copy of the data directory taken between the two calls, the backup label, the
 *       WAL segments it needs (so it restores on its own) and the credentials;</li>
 *   <li>a restore copies it to a new data directory and lets PostgreSQL roll it forward through the
 *       archive, to its end or to a moment ({@code recovery_target_time}).</li>
 * </ul>
 * docs/operations.md has the commands; {@code BackupRestoreDrillTest} proves a restore reproduces
 * every row and an intact audit trail.
 */
public final class EmbeddedBackup {

    private static final String DATA = "data";
    private static final String CREDENTIALS = "postgres.credentials";
    /** Made anew by the server, or meaningless in a copy. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "pg_wal",
            "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans",
            "pgsql_tmp");
    private static final Duration RECOVERY_PATIENCE = Duration.ofMinutes(30);

    private EmbeddedBackup() {
    }

    /** Backs up the embedded database on {@code dataDirectory} into {@code target}, a new directory. */
    public static void backup(Path dataDirectory, Path target) throws IOException, SQLException {
        requireEmpty(target);
        EmbeddedCredentials credentials = EmbeddedPostgresServer.credentials(dataDirectory);
        Path archive = WalArchive.of(dataDirectory);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + runningPort(dataDirectory) + "/postgres", EmbeddedCredentials.SUPERUSER_ROLE, credentials.superuser());
             Statement sql = connection.createStatement()) {
            String startedAt = single(sql, "select now()::text");
            String startWal = single(sql, "select pg_walfile_name(pg_backup_start('veiviser', true))");
            copyTree(dataDirectory, target.resolve(DATA), NOT_COPIED);
            ownerOnly(target.resolve(DATA));
            String label;
            String stopWal;
            try (ResultSet stop = sql.executeQuery(
                    "select labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(true)")) {
                stop.next();
                label = stop.getString(1);
                stopWal = stop.getString(3);
            }
            Files.writeString(target.resolve(DATA).resolve("backup_label"), label);
            Path wal = Files.createDirectories(target.resolve(DATA).resolve("pg_wal").resolve("archive_status"))
                    .getParent();
            try (Stream<Path> segments = Files.list(archive)) {
                for (Path segment : segments.filter(file -> isSegmentBetween(file, startWal, stopWal)).toList()) {
                    Files.copy(segment, wal.resolve(segment.getFileName()));
                }
            }
            Files.writeString(target.resolve("BACKUP.txt"), "Veiviser backup of " + dataDirectory + " started "
                    + startedAt + ".\nRestore: java -jar veiviser.jar database restore " + target
                    + " <new data directory> --data-directory " + dataDirectory + " [--until <ISO time>]\n");
        }
        Files.copy(EmbeddedCredentials.fileOf(dataDirectory), target.resolve(CREDENTIALS));
    }

    /**
     * Restores a backup into {@code dataDirectory}, a new directory, to be rolled forward through the
     * archive of the backed-up database when the server next starts: to the end of the archive, or to
     * {@code until}.
     */
    public static void restore(Path backup, Path dataDirectory, Path archive, OffsetDateTime until) throws IOException {
        requireEmpty(dataDirectory);
        copyTree(backup.resolve(DATA), dataDirectory, Set.of());
        ownerOnly(dataDirectory);
        Files.copy(backup.resolve(CREDENTIALS), EmbeddedCredentials.fileOf(dataDirectory));
        Files.createDirectories(dataDirectory.resolve("pg_wal").resolve("archive_status"));
        StringBuilder recovery = new StringBuilder("\n# Restored by Veiviser from " + backup + "\n");
        if (archive != null && Files.isDirectory(archive)) {
            String directory = archive.toAbsolutePath().toString().replace("'", "''");
            recovery.append("restore_command = 'cp \"").append(directory).append("/%f\" \"%p\"'\n");
        }
        if (until != null) {
            // PostgreSQL reads microseconds at most.
            recovery.append("recovery_target_time = '")
                    .append(java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx").format(until))
                    .append("'\n");
        }
        recovery.append("recovery_target_action = 'promote'\n");
        Files.writeString(dataDirectory.resolve("postgresql.auto.conf"), recovery, StandardOpenOption.APPEND);
        Files.createFile(dataDirectory.resolve("recovery.signal"));
    }

    /** Waits until a server that was restored has rolled forward and takes writes. */
    static void awaitRecovery(EmbeddedPostgres server) {
        long deadline = System.nanoTime() + RECOVERY_PATIENCE.toNanos();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            while ("t".equals(single(sql, "select pg_is_in_recovery()"))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The restored database is still recovering after "
                            + RECOVERY_PATIENCE.toMinutes() + " minutes");
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the embedded PostgreSQL whether it is recovering", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the database recovered", e);
        }
    }

    /** The port of the server running on the data directory, from its postmaster.pid. */
    private static int runningPort(Path dataDirectory) throws IOException {
        if (StaleServer.running(dataDirectory).isEmpty()) {
            throw new IllegalStateException("No embedded PostgreSQL runs on " + dataDirectory
                    + "; start Veiviser (or copy the data directory while it is stopped)");
        }
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return Integer.parseInt(lines.get(3).trim());
    }

    /** PostgreSQL starts only on a data directory that its owner alone may enter. */
    private static void ownerOnly(Path directory) throws IOException {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean isSegmentBetween(Path file, String first, String last) {
        String name = file.getFileName().toString();
        return name.length() == 24 && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void requireEmpty(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(directory + " is not empty; nothing was written");
                }
            }
        } else if (Files.exists(directory)) {
            throw new IllegalArgumentException(directory + " is not a directory; nothing was written");
        }
    }

    /** Copies a directory, leaving out what {@code skipped} names; files that vanish meanwhile are left out. */
    private static void copyTree(Path from, Path to, Set<String> skipped) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                if (!directory.equals(from) && skipped.contains(directory.getFileName().toString())) {
                    Files.createDirectories(to.resolve(from.relativize(directory)));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(directory)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!skipped.contains(file.getFileName().toString())) {
                    try {
                        Files.copy(file, to.resolve(from.relativize(file)));
                    } catch (java.nio.file.NoSuchFileException vanished) {
                        // a temporary file removed during the copy; the WAL replay covers it
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }
}
