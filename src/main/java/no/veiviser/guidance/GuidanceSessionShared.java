package no.veiviser.guidance;

import java.util.Map;
import java.util.UUID;

/** The candidate shared a session's text with a later veileder, or took the share back. */
public record GuidanceSessionShared(GuidanceSession session, UUID sharedWith, boolean shared, String actor)
        implements GuidanceSessionEvent {

    @Override
    public String action() {
        return shared ? "guidance.shared" : "guidance.shareRevoked";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = GuidanceSessionEvent.super.details();
        details.put("sharedWith", sharedWith.toString());
        return details;
    }
}
