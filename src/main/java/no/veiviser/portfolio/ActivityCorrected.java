package no.veiviser.portfolio;

import java.util.UUID;

/** The candidate corrected a signed activity as a new version. */
public record ActivityCorrected(UUID activityId, UUID candidateId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.corrected";
    }
}
