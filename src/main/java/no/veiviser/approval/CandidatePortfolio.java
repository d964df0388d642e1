package no.veiviser.approval;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Person;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.shared.Paged;

/**
 * A candidate's goals and activities as her veileder or approver reads them: where each goal stands
 * and a page of the current versions of her activities, each with its latest signature request.
 * Read-only.
 *
 * @param signatures the latest signature request of each activity on the page, by activity
 * @param people     the persons named in it (the candidate, the signers), by id
 */
public record CandidatePortfolio(Person candidate, List<GoalProgress> goals, Paged<LearningActivity> activities,
                                 Map<UUID, SignatureRequest> signatures, Map<UUID, Person> people) {

    /** Activities on a page: a five-year record has about three hundred. */
    public static final int PAGE_SIZE = 50;

    /** The address of a page of this portfolio, less the page's number. */
    public String pageHref() {
        return "/candidates/" + candidate.id() + "/portfolio?page=";
    }

    public String nameOf(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }

    /** The goals of a catalog that someone has worked on: started, submitted, returned or approved. */
    public static List<GoalProgress.Row> worked(GoalProgress catalog) {
        return catalog.rows().stream().filter(row -> !row.statusName().equals("NOT_STARTED")).toList();
    }
}
