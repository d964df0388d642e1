package no.veiviser.approval;

import java.util.UUID;

/** A candidate's goal in assessment; {@code version} guards against concurrent decisions. */
public record GoalAssessment(UUID id, UUID candidateId, String goalCode, AssessmentStatus status,
                             String candidateJustification, int version) {
}
