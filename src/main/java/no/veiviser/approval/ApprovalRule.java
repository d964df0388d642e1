package no.veiviser.approval;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.veiviser.programme.CurrentRelationships;
import no.veiviser.programme.RelationshipKind;

/**
 * Rule GOAL-APPROVAL-FOUR-EYES (spesialistforskriften § 25 fifth paragraph as quoted in the domain
 * brief: the leader must obtain recommendations from the veileder and at least one of those who took
 * part in the supervision; Drammen plan kap. 6: at least two persons in the assessment). Since the
 * latest submission there must be a recommendation from the candidate's current veileder and one from
 * a supervisor of hers; and the approver together with the recommenders must be at least two persons
 * besides the candidate, so that an approver who is also the veileder needs another person's
 * recommendation.
 */
public final class ApprovalRule {

    private ApprovalRule() {
    }

    /** What is missing before approval, as a message key; empty when the goal may be approved. */
    public static Optional<String> missing(List<AssessmentEvent> sinceSubmission, CurrentRelationships current,
                                           UUID approverId) {
        return missing(sinceSubmission, current.holder(RelationshipKind.VEILEDER),
                current.holders(RelationshipKind.SUPERVISOR), approverId);
    }

    static Optional<String> missing(List<AssessmentEvent> sinceSubmission, UUID veilederId, Set<UUID> supervisorIds,
                                    UUID approverId) {
        List<AssessmentEvent> recommendations = sinceSubmission.stream()
                .filter(event -> event.kind() == AssessmentEvent.Kind.RECOMMENDED).toList();
        boolean fromVeileder = veilederId != null && recommendations.stream()
                .anyMatch(event -> event.personId().equals(veilederId) && event.role() == AssessmentEvent.Role.VEILEDER);
        boolean fromSupervisor = recommendations.stream()
                .anyMatch(event -> event.role() == AssessmentEvent.Role.SUPERVISOR && supervisorIds.contains(event.personId()));
        if (!fromVeileder && !fromSupervisor) {
            return Optional.of("approval.missing.both");
        }
        if (!fromVeileder) {
            return Optional.of("approval.missing.veileder");
        }
        if (!fromSupervisor) {
            return Optional.of("approval.missing.supervisor");
        }
        Set<UUID> persons = new HashSet<>();
        persons.add(approverId);
        recommendations.forEach(event -> persons.add(event.personId()));
        return persons.size() >= 2 ? Optional.empty() : Optional.of("approval.missing.secondPerson");
    }
}
