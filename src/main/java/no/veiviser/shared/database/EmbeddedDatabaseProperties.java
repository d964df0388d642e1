package no.veiviser.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data when no database is configured.
 *
 * @param dataDirectory the data directory; it survives restarts
 * @param cleanOnStart  wipe the data directory on start (tests only)
 * @param durable       flush every commit to disk (fsync, synchronous commit, full-page writes), as any
 *                      PostgreSQL does; only the tests switch it off, for speed
 * @param archiveWal    keep every completed WAL segment in {@code <data directory>-wal} (e.g.
 *                      {@code data/postgres-wal}), so that a backup can be rolled forward to any moment
 *                      (docs/operations.md); on by default, off in the tests
 */
@ConfigurationProperties("veiviser.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean cleanOnStart, Boolean durable, Boolean archiveWal) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
        if (durable == null) {
            durable = Boolean.TRUE;
        }
        if (archiveWal == null) {
            archiveWal = Boolean.TRUE;
        }
    }

    /** Where completed WAL segments are kept, or null when they are not. */
    public Path walArchive() {
        return archiveWal ? WalArchive.of(dataDirectory.toAbsolutePath()) : null;
    }
}
