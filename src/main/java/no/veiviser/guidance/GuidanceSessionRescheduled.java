package no.veiviser.guidance;

/** A planned session was moved to another day, time or place. */
public record GuidanceSessionRescheduled(GuidanceSession session, String actor) implements GuidanceSessionEvent {

    @Override
    public String action() {
        return "guidance.rescheduled";
    }
}
