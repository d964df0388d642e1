package no.veiviser.programme;

/** Why a person may reach a candidate's record: the relationship that grants it, on the day. */
public enum AccessBasis {
    /** The candidate herself. */
    SELF,
    /** Her veileder today. */
    VEILEDER,
    /** Her approver today. */
    APPROVER,
    /** Her deputy approver today. */
    DEPUTY_APPROVER,
    /** One of her supervisors today. */
    SUPERVISOR,
    /** A department head of the organisation she is enrolled at. */
    DEPARTMENT_HEAD,
    /** Veiviser itself (jobs, the demo loader); never logged. */
    SYSTEM;

    static AccessBasis of(RelationshipKind kind) {
        return switch (kind) {
            case VEILEDER -> VEILEDER;
            case APPROVER -> APPROVER;
            case DEPUTY_APPROVER -> DEPUTY_APPROVER;
            case SUPERVISOR -> SUPERVISOR;
        };
    }
}
