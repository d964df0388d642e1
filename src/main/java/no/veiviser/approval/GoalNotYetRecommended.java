package no.veiviser.approval;

/** The veileder or a supervisor answered a submitted goal with "not yet", and why. */
public record GoalNotYetRecommended(GoalAssessment assessment, AssessmentEvent event, String actor)
        implements GoalAssessmentEvent {
}
