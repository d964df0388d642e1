package no.veiviser.approval;



/** The approver (or her deputy, in her name) approved the goal. */
public record GoalApproved(GoalAssessment assessment, AssessmentEvent event, String actor) implements GoalAssessmentEvent {
}
