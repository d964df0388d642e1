package no.veiviser.portfolio;

import java.util.Map;
import java.util.UUID;

/** The candidate sent an activity to a veileder or supervisor for signature. */
public record ActivitySent(UUID activityId, UUID candidateId, UUID signerId, String actor) implements ActivityEvent {

    @Override
    public String action() {
        return "activity.sent";
    }

    @Override
    public Map<String, Object> details() {
        return ActivityEvent.withSigner(this, signerId);
    }
}
