package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** A site (a GP office, a ward) was added to an arena. */
public record ArenaSiteAdded(UUID arenaId, String site, String actor) implements ArenaEvent {

    @Override
    public String action() {
        return "arena.site.added";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("site", site);
    }
}
