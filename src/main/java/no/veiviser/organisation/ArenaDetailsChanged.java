package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** An arena's name, type or description was changed. */
public record ArenaDetailsChanged(UUID arenaId, String name, ArenaType type, String actor) implements ArenaEvent {

    @Override
    public String action() {
        return "arena.changed";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name, "type", type.name());
    }
}
