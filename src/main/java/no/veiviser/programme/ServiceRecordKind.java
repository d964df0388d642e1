package no.veiviser.programme;

/** The three things a candidate reports about her service. */
public enum ServiceRecordKind {
    PERIOD,
    ABSENCE,
    ON_CALL_SHIFT
}
