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
 */
@ConfigurationProperties("veiviser.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean cleanOnStart, Boolean durable) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
        if (durable == null) {
            durable = Boolean.TRUE;
        }
    }
}
