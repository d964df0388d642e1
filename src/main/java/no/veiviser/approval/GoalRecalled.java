package no.veiviser.approval;



/** The candidate took a submitted goal back. */
public record GoalRecalled(GoalAssessment assessment, AssessmentEvent event, String actor) implements GoalAssessmentEvent {
}
