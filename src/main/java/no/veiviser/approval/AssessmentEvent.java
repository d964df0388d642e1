package no.veiviser.approval;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One step in a goal's assessment.
 *
 * @param onBehalfOf the approver a deputy approved for; null otherwise
 * @param basisCodes for a goal carried over to a new catalog version: the approved goals of the old
 *                   version it was considered achieved by; empty otherwise
 */
public record AssessmentEvent(UUID id, UUID assessmentId, Kind kind, UUID personId, Role role, UUID onBehalfOf,
                              String comment, OffsetDateTime occurredAt, java.util.List<String> basisCodes) {

    public AssessmentEvent {
        basisCodes = basisCodes == null ? java.util.List.of() : java.util.List.copyOf(basisCodes);
    }

    public AssessmentEvent(UUID id, UUID assessmentId, Kind kind, UUID personId, Role role, UUID onBehalfOf,
                           String comment, OffsetDateTime occurredAt) {
        this(id, assessmentId, kind, personId, role, onBehalfOf, comment, occurredAt, java.util.List.of());
    }

    /**
     * SUBMITTED … REOPENED are the steps of an assessment (NOT_YET: a recommender's "not yet", with a
     * reason, which never counts as a recommendation); CARRIED_OVER approves a goal of a new catalog
     * version on the basis of approvals under the old one, when the approver moves the candidate.
     */
    public enum Kind { SUBMITTED, RECALLED, RECOMMENDED, NOT_YET, APPROVED, RETURNED, REOPENED, CARRIED_OVER }

    public enum Role { CANDIDATE, VEILEDER, SUPERVISOR, APPROVER, DEPUTY_APPROVER }
}
