package no.veiviser.guidance;

import java.util.Map;

/** A preparation or the minutes were written or changed; which one is recorded, the text is not. */
public record GuidanceTextWritten(GuidanceSession session, TextKind kind, String actor) implements GuidanceSessionEvent {

    @Override
    public String action() {
        return "guidance.textWritten";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = GuidanceSessionEvent.super.details();
        details.put("text", kind.name());
        return details;
    }
}
