package no.veiviser.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * The embedded server's WAL archive: every completed WAL segment is copied to {@code <data>-wal}
 * ({@code archive_command}), so that a base backup ({@link EmbeddedBackup}) can be rolled forward to
 * any later moment. The settings live in {@code veiviser.conf} in the data directory, included from
 * {@code postgresql.conf}, because paths with spaces do not survive the server's command line.
 */
final class WalArchive {

    static final String SETTINGS_FILE = "veiviser.conf";
    private static final String INCLUDE = "include_if_exists = '" + SETTINGS_FILE + "'";

    private WalArchive() {
    }

    static Path of(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + "-wal");
    }

    /**
     * Writes the archive settings before the server starts: on with the archive directory, or off.
     * A fresh cluster finds an archive of an earlier one moved aside, since its segments would have
     * the same names.
     */
    static void configure(Path dataDirectory, Path archive, boolean fresh) {
        try {
            Path conf = dataDirectory.resolve("postgresql.conf");
            if (!Files.readString(conf).contains(INCLUDE)) {
                Files.writeString(conf, "\n" + INCLUDE + "\n", StandardOpenOption.APPEND);
            }
            String settings;
            if (archive == null) {
                settings = "archive_mode = off\n";
            } else {
                if (fresh) {
                    moveAsideIfUsed(archive);
                }
                Files.createDirectories(archive);
                String directory = archive.toAbsolutePath().toString().replace("'", "''");
                settings = "archive_mode = on\n"
                        + "archive_command = 'test ! -f \"" + directory + "/%f\" && cp \"%p\" \"" + directory + "/%f\"'\n"
                        + "wal_level = replica\n";
            }
            Files.writeString(dataDirectory.resolve(SETTINGS_FILE),
                    "# Written by Veiviser on every start (shared.database.WalArchive).\n" + settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not configure the WAL archive of " + dataDirectory, e);
        }
    }

    private static void moveAsideIfUsed(Path archive) throws IOException {
        if (!Files.isDirectory(archive)) {
            return;
        }
        try (Stream<Path> files = Files.list(archive)) {
            if (files.findAny().isEmpty()) {
                return;
            }
        }
        // Named by when it was last written to: the day the earlier cluster stopped archiving.
        String lastWritten = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC)
                .format(Files.getLastModifiedTime(archive).toInstant());
        Files.move(archive, archive.resolveSibling(archive.getFileName() + "." + lastWritten));
    }
}
