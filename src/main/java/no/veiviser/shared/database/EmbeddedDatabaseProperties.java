package no.veiviser.shared.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data when no database is configured.
 *
 * @param dataDirectory the data directory; it survives restarts
 * @param cleanOnStart  wipe the data directory on start (tests only)
 */
@ConfigurationProperties("veiviser.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean cleanOnStart) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of("data", "postgres");
        }
    }
}
