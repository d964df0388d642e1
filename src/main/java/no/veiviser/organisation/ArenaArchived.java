package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** An arena was taken out of the plan (kept for the history). */
public record ArenaArchived(UUID arenaId, String name, String actor) implements ArenaEvent {

    @Override
    public String action() {
        return "arena.archived";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name);
    }
}
