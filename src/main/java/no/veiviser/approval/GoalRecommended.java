package no.veiviser.approval;



/** Her veileder or a supervisor recommended the goal. */
public record GoalRecommended(GoalAssessment assessment, AssessmentEvent event, String actor) implements GoalAssessmentEvent {
}
