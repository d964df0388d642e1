package no.veiviser.approval;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.identity.Person;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.SignatureRequest;

/**
 * The approval basis (godkjenningsgrunnlag) of a goal: the goal, every activity of the candidate
 * linked to it with its signature, and the assessment's history with recommendations and comments.
 *
 * @param people the persons named anywhere in it, by id
 */
public record ApprovalBasis(GoalAssessment assessment, LearningGoal goal, Person candidate,
                            List<LearningActivity> activities, Map<UUID, SignatureRequest> signatures,
                            List<AssessmentEvent> history, Map<UUID, Person> people) {

    public String nameOf(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }
}
