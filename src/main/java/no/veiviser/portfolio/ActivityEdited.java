package no.veiviser.portfolio;

import java.util.UUID;

/** The candidate changed her own draft. */
public record ActivityEdited(UUID activityId, UUID candidateId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.edited";
    }
}
