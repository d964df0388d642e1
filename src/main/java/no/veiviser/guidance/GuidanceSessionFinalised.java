package no.veiviser.guidance;

/** The veileder finalised the session: from now on its hours count and nothing in it changes. */
public record GuidanceSessionFinalised(GuidanceSession session, String actor) implements GuidanceSessionEvent {

    @Override
    public String action() {
        return "guidance.finalised";
    }
}
