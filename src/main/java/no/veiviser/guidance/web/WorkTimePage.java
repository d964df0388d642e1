package no.veiviser.guidance.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.guidance.VeilederWorkTime;
import no.veiviser.guidance.WorkTime;
import no.veiviser.identity.Person;
import no.veiviser.shared.FormErrors;

/**
 * The veileder's preparation and follow-up time in a year: the form, the sum per candidate with what
 * is compensated, and the entries, newest first, each of which she can withdraw.
 *
 * @param form the typed values: {@code candidateId}, {@code workedOn}, {@code hours}
 */
public record WorkTimePage(int year, List<Person> candidates, List<WorkTime> entries, Map<UUID, Person> people,
                           Map<String, String> form, FormErrors errors, String notice) {

    public List<VeilederWorkTime.Year> perCandidate() {
        return VeilederWorkTime.perCandidate(entries);
    }

    public List<WorkTime> newestFirst() {
        List<WorkTime> newest = new java.util.ArrayList<>(entries);
        java.util.Collections.reverse(newest);
        return newest;
    }

    public String name(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }

    public String typed(String field) {
        return form.getOrDefault(field, "");
    }
}
