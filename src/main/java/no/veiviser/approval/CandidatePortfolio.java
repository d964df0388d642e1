package no.veiviser.approval;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Person;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.SignatureRequest;

/**
 * A candidate's goals and activities as her veileder or approver reads them: where each goal stands
 * and the current version of each activity with its latest signature request. Read-only.
 *
 * @param people the persons named in it (the candidate, the signers), by id
 */
public record CandidatePortfolio(Person candidate, List<GoalProgress> goals, List<LearningActivity> activities,
                                 Map<UUID, SignatureRequest> signatures, Map<UUID, Person> people) {

    public String nameOf(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }

    /** The goals of a catalog that someone has worked on: started, submitted, returned or approved. */
    public static List<GoalProgress.Row> worked(GoalProgress catalog) {
        return catalog.rows().stream().filter(row -> !row.statusName().equals("NOT_STARTED")).toList();
    }
}
