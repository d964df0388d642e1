package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;
import no.veiviser.catalog.CatalogCode;

/** An arena now offers every goal of a catalog. */
public record ArenaCatalogOffered(UUID arenaId, CatalogCode catalog, String actor) implements ArenaEvent {

    @Override
    public String action() {
        return "arena.catalog.added";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("catalog", catalog.name());
    }
}
