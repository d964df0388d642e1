package no.veiviser.approval;



/** The approver returned the goal to the candidate, with a reason. */
public record GoalReturned(GoalAssessment assessment, AssessmentEvent event, String actor) implements GoalAssessmentEvent {
}
