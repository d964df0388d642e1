package no.veiviser.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal API token as its owner sees it listed: never the token itself. */
public record ApiToken(UUID id, String name, ApiTokenScope scope, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                       OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {

    public boolean usable(OffsetDateTime now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
