package no.veiviser.guidance;

/** The veileder or the candidate planned a session. */
public record GuidanceSessionPlanned(GuidanceSession session, String actor) implements GuidanceSessionEvent {

    @Override
    public String action() {
        return "guidance.planned";
    }
}
