package no.veiviser.organisation;

import java.util.UUID;

/**
 * A learning goal an arena offers.
 *
 * @param activityInArena the learning activity that can be done at the arena
 * @param otherActivities the activities for the goal that are done elsewhere
 */
public record ArenaGoal(UUID id, UUID arenaId, String goalCode, String activityInArena, String otherActivities) {
}
