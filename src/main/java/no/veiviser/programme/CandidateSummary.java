package no.veiviser.programme;

import java.util.Set;
import no.veiviser.identity.Person;

/**
 * A candidate as her veileder, approver or department head sees her in a list.
 *
 * @param veilederWarning a flag on the veileder's qualification today (an exemption ending soon), or null
 * @param viewerRelations how the viewer is related to the candidate today; empty for a department head
 *                        who sees her because she belongs to the organisation
 * @param awaitingService  service records she reported that the department head has not decided on
 * @param goals            her approved goals out of her assigned goals; null when she has none
 */
public record CandidateSummary(Person candidate, Enrolment enrolment, Person veileder, Person approver,
                               QualificationCheck.Outcome veilederWarning, Set<RelationshipKind> viewerRelations,
                               long awaitingService, GoalTallies.Tally goals) {

    /** Whether the viewer reads her goals and activities: her veileder, approver or deputy. */
    public boolean readsPortfolio() {
        return viewerRelations.contains(RelationshipKind.VEILEDER) || viewerRelations.contains(RelationshipKind.APPROVER)
                || viewerRelations.contains(RelationshipKind.DEPUTY_APPROVER);
    }

    /** Where her name leads: her file for a department head, her goals and activities for her veileder or approver. */
    public String link() {
        String base = "/candidates/" + candidate.id();
        return viewerRelations.isEmpty() ? base : readsPortfolio() ? base + "/portfolio" : null;
    }

    /** Whether the viewer sees and assigns her catalogs: her department head, approver or deputy. */
    public boolean managesCatalogs() {
        return viewerRelations.isEmpty() || viewerRelations.contains(RelationshipKind.APPROVER)
                || viewerRelations.contains(RelationshipKind.DEPUTY_APPROVER);
    }

    /** Whether the viewer reads her service and readiness: her department head, veileder, approver or deputy. */
    public boolean readsService() {
        return viewerRelations.isEmpty() || viewerRelations.contains(RelationshipKind.VEILEDER)
                || viewerRelations.contains(RelationshipKind.APPROVER)
                || viewerRelations.contains(RelationshipKind.DEPUTY_APPROVER);
    }
}
