package no.veiviser.portfolio;

import java.util.Map;
import java.util.UUID;

/** The person asked rejected the activity, with a reason. */
public record ActivityRejected(UUID activityId, UUID candidateId, UUID signerId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.rejected";
    }

    @Override
    public Map<String, Object> details() {
        return ActivityEvent.withSigner(this, signerId);
    }
}
