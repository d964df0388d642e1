package no.veiviser.portfolio;

/** The kinds of learning activity. */
public enum ActivityType {
    COURSE,
    /** Felleskonsultasjon with a supervisor. */
    JOINT_CONSULTATION,
    /** A shift at legevakt, with start and end time. */
    ON_CALL_SHIFT,
    PRACTICAL_PROCEDURE,
    /** Mutual practice visit, given or received. */
    PRACTICE_VISIT,
    /** Meeting with the municipality, the specialist health service, ALU/LSU. */
    MEETING,
    INTERDISCIPLINARY_WORK,
    E_LEARNING,
    OTHER
}
