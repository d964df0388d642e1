package no.veiviser.approval;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One step in a goal's assessment.
 *
 * @param onBehalfOf the approver a deputy approved for; null otherwise
 */
public record AssessmentEvent(UUID id, UUID assessmentId, Kind kind, UUID personId, Role role, UUID onBehalfOf,
                              String comment, OffsetDateTime occurredAt) {

    public enum Kind { SUBMITTED, RECALLED, RECOMMENDED, APPROVED, RETURNED, REOPENED }

    public enum Role { CANDIDATE, VEILEDER, SUPERVISOR, APPROVER, DEPUTY_APPROVER }
}
