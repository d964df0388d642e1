package no.veiviser.guidance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.identity.Person;
import no.veiviser.shared.FormErrors;

/**
 * The guidance page of a candidate or a veileder: the sessions she is part of, the form to plan one,
 * and the hours held.
 *
 * @param sessions   the page of them that is listed, and what it says of all of them
 * @param candidates the veileder's candidates to plan with; empty for a candidate
 * @param groups     the candidate's guidance groups, with the hours she was present
 * @param diplomas   the diplomas she attached to her memberships
 * @param years      for the veileder: each candidate's guidance this year against what § 2 asks so far
 */
public record GuidancePage(no.veiviser.guidance.SessionList sessions,
                           Map<UUID, Person> people, List<Person> candidates,
                           PlanForm form, FormErrors errors, LocalDate today, String notice,
                           List<no.veiviser.guidance.HeldGroup> groups,
                           List<no.veiviser.guidance.GroupDiploma> diplomas,
                           Map<UUID, no.veiviser.requirements.GuidanceMonths.Year> years) {

    public boolean veileder() {
        return !candidates.isEmpty();
    }

    public String name(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }

    /** The diplomas attached to one membership. */
    public List<no.veiviser.guidance.GroupDiploma> diplomasOf(UUID membershipId) {
        return diplomas.stream().filter(diploma -> diploma.membershipId().equals(membershipId)).toList();
    }

    /** The candidate's guidance this year, or null when § 2's hours do not apply to her this year. */
    public no.veiviser.requirements.GuidanceMonths.Year yearOf(UUID candidateId) {
        return years.get(candidateId);
    }

    /** The message key of the session's status, "replaced" for one a finalised correction replaces. */
    public String statusKey(GuidanceSession session) {
        return sessions.replaced().contains(session.id()) ? "guidanceStatus.REPLACED"
                : "guidanceStatus." + session.status().name();
    }
}
