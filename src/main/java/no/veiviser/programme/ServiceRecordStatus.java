package no.veiviser.programme;

/** Where a reported service record stands. Only {@link #CONFIRMED} records count towards readiness. */
public enum ServiceRecordStatus {
    /** Reported by the candidate, waiting for the municipality. */
    REPORTED,
    CONFIRMED,
    /** Rejected by the municipality, with a reason. */
    REJECTED,
    /** Withdrawn by the candidate before anyone decided. */
    WITHDRAWN;

    /** Whether the record still stands (an overlapping shift is refused against these). */
    public boolean stands() {
        return this == REPORTED || this == CONFIRMED;
    }
}
