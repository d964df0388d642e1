package no.veiviser.programme;

import static no.veiviser.programme.AccessBasis.APPROVER;
import static no.veiviser.programme.AccessBasis.DEPARTMENT_HEAD;
import static no.veiviser.programme.AccessBasis.DEPUTY_APPROVER;
import static no.veiviser.programme.AccessBasis.SELF;
import static no.veiviser.programme.AccessBasis.SUPERVISOR;
import static no.veiviser.programme.AccessBasis.VEILEDER;

import java.util.List;

/**
 * What someone wants to do with a candidate's record, and who may: each audience is defined here
 * once, and {@code docs/access.md} shows the same table (a test keeps the two equal). The order of
 * the bases is the order in which the access log names the relationship when a person holds several.
 * Supervisors are in no reading audience: they see what was sent to them for signature and the goals
 * they are asked to recommend (checked on that object by the module that owns it), nothing more.
 */
public enum Audience {
    /** Activities, their files, comments and sign-off history, goals and approval bases. */
    READ_PORTFOLIO(true, SELF, VEILEDER, APPROVER, DEPUTY_APPROVER),
    /** Service periods, absences, shifts, and readiness built from them. */
    READ_SERVICE(true, SELF, VEILEDER, APPROVER, DEPUTY_APPROVER, DEPARTMENT_HEAD),
    /** Guidance preparation and minutes: the candidate and her veileder only. */
    READ_GUIDANCE_MINUTES(true, SELF, VEILEDER),
    /** The candidate's file with every relationship; appointing and ending relationships. */
    MANAGE_PROGRAMME(true, DEPARTMENT_HEAD),
    /** Confirming or rejecting reported service. */
    DECIDE_SERVICE(false, DEPARTMENT_HEAD),
    /** Reading an activity (with its files and comments) that was sent to this person for signature. */
    READ_SENT_FOR_SIGNATURE(true, VEILEDER, SUPERVISOR),
    /** Signing or rejecting an activity sent to this person. */
    SIGN(false, VEILEDER, SUPERVISOR),
    /** Recommending a submitted goal (the veileder and at least one supervisor are heard). */
    RECOMMEND(false, VEILEDER, SUPERVISOR),
    /** Approving or returning a submitted goal. */
    APPROVE(false, APPROVER, DEPUTY_APPROVER),
    /** Which catalog versions she is assessed against; assigning a catalog she has no version of. */
    ASSIGN_CATALOGS(true, APPROVER, DEPUTY_APPROVER, DEPARTMENT_HEAD),
    /** Who has read the record: the person herself and the department head. */
    READ_ACCESS_LOG(false, SELF, DEPARTMENT_HEAD);

    private final boolean logged;
    private final List<AccessBasis> allowed;

    Audience(boolean logged, AccessBasis... allowed) {
        this.logged = logged;
        this.allowed = List.of(allowed);
    }

    /** The relationships that grant this audience, in order of preference. */
    public List<AccessBasis> allowed() {
        return allowed;
    }

    /** Whether holding this relationship to the candidate today grants the audience. */
    public boolean grantedBy(RelationshipKind kind) {
        return allowed.contains(AccessBasis.of(kind));
    }

    /** Whether a grant is a read of the record that the access log keeps (never the person's own). */
    public boolean logged() {
        return logged;
    }
}
