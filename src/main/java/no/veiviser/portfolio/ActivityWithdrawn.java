package no.veiviser.portfolio;

import java.util.UUID;

/** The candidate took back an activity she had sent, before it was decided. */
public record ActivityWithdrawn(UUID activityId, UUID candidateId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.withdrawn";
    }
}
