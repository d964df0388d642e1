package no.veiviser.portfolio;

import java.util.UUID;

/** The candidate threw away a draft she never sent; it is kept, marked discarded. */
public record ActivityDiscarded(UUID activityId, UUID candidateId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.discarded";
    }
}
