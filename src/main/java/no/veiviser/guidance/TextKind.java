package no.veiviser.guidance;

/** The private texts of a session: each party's preparation, and the minutes either of them writes. */
public enum TextKind {
    CANDIDATE_PREPARATION,
    VEILEDER_PREPARATION,
    MINUTES
}
