package no.veiviser.approval;



/** The approver reopened an approved goal, with a reason. */
public record GoalReopened(GoalAssessment assessment, AssessmentEvent event, String actor) implements GoalAssessmentEvent {
}
