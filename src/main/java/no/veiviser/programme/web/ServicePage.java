package no.veiviser.programme.web;

import java.util.List;
import java.util.Map;
import no.veiviser.identity.Person;
import no.veiviser.organisation.LearningArena;
import no.veiviser.programme.CandidateService;
import no.veiviser.programme.ServiceRecordKind;
import no.veiviser.programme.ServiceRecordWarnings;
import no.veiviser.shared.FormErrors;

/**
 * A candidate's service records page: her forms (when it is her own), the records by kind, and the
 * department head's decisions. On-call shifts are shown one calendar year at a time: a five-year
 * record holds hundreds of them.
 *
 * @param forms              the three forms, as typed after a refused submission or empty
 * @param errors             the errors of the form just submitted (its fields carry the form's prefix)
 * @param requestedShiftYear the year of shifts asked for, or null
 */
public record ServicePage(Person candidate, CandidateService service, List<LearningArena> arenas,
                          Map<ServiceRecordKind, ServiceForm> forms, FormErrors errors, Map<java.util.UUID, String> names,
                          java.time.LocalDate today, Integer requestedShiftYear) {

    /** The years with shifts, oldest first, and how many shifts each. */
    public java.util.SortedMap<Integer, Long> shiftYears() {
        return service.ofKind(ServiceRecordKind.ON_CALL_SHIFT).stream().collect(java.util.stream.Collectors.groupingBy(
                ServicePage::year, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    /**
     * The year of shifts shown: the one asked for if it has shifts; otherwise, for the department
     * head, the year of the oldest shift waiting for her decision; otherwise the latest year.
     */
    public Integer shiftYear() {
        var years = shiftYears();
        if (years.isEmpty()) {
            return null;
        }
        if (requestedShiftYear != null && years.containsKey(requestedShiftYear)) {
            return requestedShiftYear;
        }
        return service.ofKind(ServiceRecordKind.ON_CALL_SHIFT).stream()
                .filter(record -> service.decides() && record.awaitsDecision())
                .map(ServicePage::year).min(Integer::compare).orElse(years.lastKey());
    }

    /** The shifts of the year shown, in time order. */
    public List<no.veiviser.programme.ServiceRecord> shiftsShown() {
        Integer year = shiftYear();
        return service.ofKind(ServiceRecordKind.ON_CALL_SHIFT).stream()
                .filter(record -> year != null && year == year(record)).toList();
    }

    private static int year(no.veiviser.programme.ServiceRecord shift) {
        return shift.shiftStart().getYear();
    }

    /** What the department head should look at before confirming the record (none once decided). */
    public java.util.Set<ServiceRecordWarnings.Warning> warnings(no.veiviser.programme.ServiceRecord record) {
        return service.decides() && record.awaitsDecision()
                ? ServiceRecordWarnings.of(record, service.enrolment(), today) : java.util.Set.of();
    }

    /** The period whose position share this record changes, or null. */
    public no.veiviser.programme.ServiceRecord replaced(no.veiviser.programme.ServiceRecord record) {
        return record.replaces() == null ? null : service.records().stream()
                .filter(other -> other.id().equals(record.replaces())).findFirst().orElse(null);
    }

    public ServiceForm form(ServiceRecordKind kind) {
        return forms.get(kind);
    }

    public String basePath() {
        return service.ownRecord() ? "/service" : "/candidates/" + candidate.id() + "/service";
    }

    public String arenaName(java.util.UUID arenaId) {
        return arenas.stream().filter(arena -> arena.id().equals(arenaId)).map(LearningArena::name).findFirst()
                .orElse("");
    }
}
