package no.veiviser.approval;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.identity.Person;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.SignatureRequest;

/**
 * The approval basis (godkjenningsgrunnlag) of a goal: the goal, the candidate's activities linked to
 * it with their signatures, and the assessment's history with recommendations and comments.
 *
 * <p>Once the goal is approved, {@code evidence} is what the approver saw at that moment, frozen with
 * the approval ({@code approvedAt}), and {@code others} are the activities and corrections that came
 * after it. Before that, {@code evidence} is the signed activities that stand today and {@code others}
 * those not yet signed.
 *
 * @param approvedAt when the approval the evidence was frozen with was made; null while not approved
 * @param people the persons named anywhere in it, by id
 */
public record ApprovalBasis(GoalAssessment assessment, LearningGoal goal, Person candidate,
                            List<LearningActivity> evidence, OffsetDateTime approvedAt, List<LearningActivity> others,
                            Map<UUID, SignatureRequest> signatures, List<AssessmentEvent> history, Map<UUID, Person> people) {

    public boolean frozen() {
        return approvedAt != null;
    }

    public String nameOf(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }
}
