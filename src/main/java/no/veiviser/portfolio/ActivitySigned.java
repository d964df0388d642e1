package no.veiviser.portfolio;

import java.util.Map;
import java.util.UUID;

/** The person asked signed the activity. */
public record ActivitySigned(UUID activityId, UUID candidateId, UUID signerId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.signed";
    }

    @Override
    public Map<String, Object> details() {
        return ActivityEvent.withSigner(this, signerId);
    }
}
