package no.veiviser.portfolio.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Person;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.Paged;

/** A page of the candidate's activities with the form to record one and, per activity, whom she may send it to. */
public record ActivitiesPage(Paged<LearningActivity> activities, Map<UUID, SignatureRequest> latestRequests,
                             Map<UUID, Person> people, List<Person> signers, ActivityForm form, FormErrors errors,
                             String notice, List<ActivityType> types) {

    public String nameOf(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }
}
