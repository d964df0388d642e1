package no.veiviser.approval;

import java.util.List;

/**
 * A submitted goal waiting for someone: its candidate, what has happened since it was submitted and,
 * for an approver, what is still missing before she may approve (a message key, or null); for a
 * veileder, whether her organisation asks her for a written justification; and whether she may open
 * the whole approval basis (a supervisor may not: she recommends from what she has supervised).
 */
public record PendingGoal(GoalAssessment assessment, String candidateName, String goalTitle,
                          List<AssessmentEvent> sinceSubmission, String missing, boolean justificationRequired,
                          boolean basisReadable) {
}
