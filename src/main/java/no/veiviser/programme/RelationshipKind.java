package no.veiviser.programme;

/** How a person is related to a candidate. */
public enum RelationshipKind {
    /** The educational supervisor; exactly one at a time (spesialistforskriften § 25). */
    VEILEDER,
    /** The leader who approves goals; exactly one at a time. */
    APPROVER,
    /** A deputy who approves in the approver's name; at most one at a time. */
    DEPUTY_APPROVER,
    /** A clinical supervisor; any number. */
    SUPERVISOR;

    /** Whether a candidate has at most one of these at a time. */
    public boolean isSingle() {
        return this != SUPERVISOR;
    }
}
