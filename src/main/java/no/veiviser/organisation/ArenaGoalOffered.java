package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** An arena now offers a goal. */
public record ArenaGoalOffered(UUID arenaId, String goal, String actor) implements ArenaEvent {

    @Override
    public String action() {
        return "arena.goal.added";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("goal", goal);
    }
}
