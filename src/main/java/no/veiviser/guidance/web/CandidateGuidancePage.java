package no.veiviser.guidance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.identity.Person;

/** A candidate's sessions as those who read her service see them: when, how long, with whom — no text. */
public record CandidateGuidancePage(Person candidate, List<GuidanceSession> sessions, Map<UUID, Person> people,
                                   LocalDate today, List<no.veiviser.guidance.HeldGroup> groups,
                                   List<no.veiviser.guidance.GroupDiploma> diplomas) {

    /** The diplomas attached to one membership. */
    public List<no.veiviser.guidance.GroupDiploma> diplomasOf(UUID membershipId) {
        return diplomas.stream().filter(diploma -> diploma.membershipId().equals(membershipId)).toList();
    }

    /** The message key of the session's status, "replaced" for one a finalised correction replaces. */
    public String statusKey(GuidanceSession session) {
        return StatusKeys.of(session, sessions);
    }

    public String name(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }
}
