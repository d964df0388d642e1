package no.veiviser.guidance;

import java.util.Map;
import java.util.UUID;

/** The candidate took back a share: the later veileder no longer reads the session's text. */
public record GuidanceShareRevoked(GuidanceSession session, UUID sharedWith, String actor)
        implements GuidanceSessionEvent {

    @Override
    public String action() {
        return "guidance.shareRevoked";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = GuidanceSessionEvent.super.details();
        details.put("sharedWith", sharedWith.toString());
        return details;
    }
}
