package no.veiviser.approval;

/**
 * The approver, moving a candidate to a new catalog version, considered a goal of it achieved by her
 * approvals under the old version, with a reason.
 */
public record GoalCarriedOver(GoalAssessment assessment, AssessmentEvent event, String actor) implements GoalAssessmentEvent {
}
