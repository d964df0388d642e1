package no.veiviser.approval;

/** Where a goal stands; a goal without an assessment has not been started. */
public enum AssessmentStatus {
    IN_PROGRESS,
    SUBMITTED,
    APPROVED,
    RETURNED
}
