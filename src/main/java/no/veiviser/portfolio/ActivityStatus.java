package no.veiviser.portfolio;

/** Where an activity is in sign-off. A signed activity is locked. */
public enum ActivityStatus {
    DRAFT,
    SENT,
    SIGNED,
    REJECTED
}
