package no.veiviser.guidance;

/** A planned session was cancelled; it stays, marked cancelled. */
public record GuidanceSessionCancelled(GuidanceSession session, String actor) implements GuidanceSessionEvent {

    @Override
    public String action() {
        return "guidance.cancelled";
    }
}
