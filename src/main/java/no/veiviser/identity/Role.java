package no.veiviser.identity;

/**
 * What a person does in an education organisation. One person may hold several roles; the
 * relationship to a particular candidate (my candidate) is checked separately, never by role alone.
 */
public enum Role {
    /** A doctor in specialisation: LIS1, ALIS or SamLIS. */
    CANDIDATE,
    /** Educational supervisor (veileder), spesialistforskriften § 25. */
    VEILEDER,
    /** Clinical supervisor (supervisør), any profession. */
    SUPERVISOR,
    /** Leader who approves learning goals (leder / godkjenner), e.g. the kommuneoverlege. */
    APPROVER,
    /** Head of the department responsible for specialist education. */
    DEPARTMENT_HEAD,
    /** Maintains the organisation, its arenas and accounts. */
    ADMINISTRATOR,
    /**
     * Maintains the national goal catalogs (ALM, FKM, SAM, LIS1) and the course catalog that every
     * organisation's candidates and approvers read; not a municipality's administrator.
     */
    CATALOG_ADMINISTRATOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
