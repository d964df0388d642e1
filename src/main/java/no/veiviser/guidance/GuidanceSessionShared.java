package no.veiviser.guidance;

import java.util.Map;
import java.util.UUID;

/** The candidate shared a session's text with a later veileder. */
public record GuidanceSessionShared(GuidanceSession session, UUID sharedWith, String actor)
        implements GuidanceSessionEvent {

    @Override
    public String action() {
        return "guidance.shared";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = GuidanceSessionEvent.super.details();
        details.put("sharedWith", sharedWith.toString());
        return details;
    }
}
