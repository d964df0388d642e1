package no.veiviser.guidance;

/** Where a session stands. Only a {@link #FINALISED} session counts, and then it never changes. */
public enum SessionStatus {
    PLANNED,
    FINALISED,
    CANCELLED
}
