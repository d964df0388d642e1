package no.veiviser.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An arena no longer offers a goal; what it said about the goal is kept. */
public record ArenaGoalWithdrawn(UUID arenaId, ArenaGoal goal, String actor) implements ArenaEvent {

    @Override
    public String action() {
        return "arena.goal.removed";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("goal", goal.goalCode());
        details.put("activityInArena", String.valueOf(goal.activityInArena()));
        details.put("otherActivities", String.valueOf(goal.otherActivities()));
        return details;
    }
}
