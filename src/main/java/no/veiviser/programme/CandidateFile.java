package no.veiviser.programme;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.identity.Person;
import no.veiviser.identity.PersonInRole;

/**
 * A candidate as the department head manages her: enrolment, every relationship past and present,
 * and the organisation's people who can be given a relationship.
 */
public record CandidateFile(Person candidate, Enrolment enrolment, List<SupervisionRelationship> relationships,
                            Map<UUID, Person> people, List<PersonInRole> staff) {

    public String nameOf(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }
}
