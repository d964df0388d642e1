package no.veiviser.portfolio;

import java.util.UUID;

/** A file was attached to an activity. */
public record ActivityAttached(UUID activityId, UUID candidateId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.attached";
    }
}
