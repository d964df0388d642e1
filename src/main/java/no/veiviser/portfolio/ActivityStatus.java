package no.veiviser.portfolio;

/** Where an activity is in sign-off. A signed activity is locked. */
public enum ActivityStatus {
    DRAFT,
    SENT,
    SIGNED,
    REJECTED,
    /** Replaced by a correction; keeps its content and signature as the record of what was signed. */
    SUPERSEDED,
    /** A draft she threw away without sending it; kept, never listed. */
    DISCARDED
}
