package no.veiviser.portfolio;

import java.util.UUID;

/** Someone commented on an activity. */
public record ActivityCommented(UUID activityId, UUID candidateId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.commented";
    }
}
