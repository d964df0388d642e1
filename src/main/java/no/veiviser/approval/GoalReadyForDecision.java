package no.veiviser.approval;

import java.util.UUID;

/**
 * A submitted goal has every recommendation the approval rule asks for, so it now waits only for the
 * approver. Not an audited step of its own: the recommendation that completed it is.
 */
public record GoalReadyForDecision(GoalAssessment assessment, UUID approverId, String actor) {
}
