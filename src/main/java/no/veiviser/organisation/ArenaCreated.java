package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** A learning arena was added to the general plan. */
public record ArenaCreated(UUID arenaId, String name, ArenaType type, String actor) implements ArenaEvent {

    @Override
    public String action() {
        return "arena.created";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name, "type", type.name());
    }
}
