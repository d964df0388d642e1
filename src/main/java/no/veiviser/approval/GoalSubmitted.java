package no.veiviser.approval;



/** The candidate submitted a goal for approval. */
public record GoalSubmitted(GoalAssessment assessment, AssessmentEvent event, String actor) implements GoalAssessmentEvent {
}
