package no.veiviser.portfolio;

import java.util.UUID;

/** The candidate recorded an activity. */
public record ActivityRecorded(UUID activityId, UUID candidateId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.recorded";
    }
}
