package no.veiviser.guidance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.guidance.GroupMeeting;
import no.veiviser.guidance.GroupMembership;
import no.veiviser.guidance.GroupRecord;
import no.veiviser.identity.Person;
import no.veiviser.programme.Caseloads;
import no.veiviser.shared.Paged;

/**
 * A group's page.
 *
 * @param keeps        whether the reader is the department head who keeps the group
 * @param leads        whether the reader leads it (records meetings)
 * @param staff        whom the department head can add as leader
 * @param candidates   whom the department head can add as member: those whose name matches her
 *                     search, or all when she has not searched, at most {@link Caseloads#CHOICES}
 * @param memberSearch the part of a name she searched for, or null
 */
public record GroupPage(GroupRecord record, Map<UUID, Person> people, boolean keeps, boolean leads, List<Person> staff,
                        Paged<Person> candidates, String memberSearch) {

    /** Whether she must find a candidate by name: more match than can be offered at once, or she searched. */
    public boolean findsMemberByName() {
        return candidates.total() > candidates.rows().size() || memberSearch != null && !memberSearch.isBlank();
    }

    public String name(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }

    /** The meetings a leader may still correct: those no correction has replaced. */
    public List<GroupMeeting> correctable() {
        return record.meetings().stream().filter(meeting -> !meeting.replaced()).toList();
    }

    /** The members on a day, for the attendance of a new meeting. */
    public List<GroupMembership> membersOn(LocalDate day) {
        return record.members().stream().filter(member -> member.on(day)).toList();
    }
}
