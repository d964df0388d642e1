package no.veiviser.guidance;

/** Where a guidance session is held. */
public enum SessionMode {
    IN_PERSON,
    VIDEO,
    PHONE
}
