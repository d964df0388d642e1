package no.veiviser.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.guidance.GuidanceNeeds;
import no.veiviser.guidance.SessionLists;
import no.veiviser.guidance.HeldSession;
import no.veiviser.identity.Actor;
import no.veiviser.organisation.Organisations;
import no.veiviser.organisation.ReadinessSettings;
import no.veiviser.programme.CandidateService;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.requirements.GuidanceMonths;
import org.springframework.stereotype.Component;

/**
 * The guidance year of each of the veileder's candidates, from the same input as her readiness page
 * (confirmed service and finalised sessions), so the two never disagree; the months are counted from
 * periods and absences, so on-call shifts are not read, and only this year's sessions are. Reading the service is authorised and logged
 * per candidate ({@link ServiceRecords#periodsAndAbsencesOfEach}).
 */
@Component
class GuidanceNeedsThisYear implements GuidanceNeeds {

    private final ServiceRecords serviceRecords;
    private final Organisations organisations;
    private final SessionLists guidance;
    private final Clock clock;

    GuidanceNeedsThisYear(ServiceRecords serviceRecords, Organisations organisations, SessionLists guidance,
                          Clock clock) {
        this.serviceRecords = serviceRecords;
        this.organisations = organisations;
        this.guidance = guidance;
        this.clock = clock;
    }

    /** A fixed number of statements whatever the number of candidates and their organisations. */
    @Override
    public Map<UUID, GuidanceMonths.Year> thisYear(Actor viewer, Collection<UUID> candidateIds) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, CandidateService> services = serviceRecords.periodsAndAbsencesOfEach(viewer, candidateIds);
        Map<UUID, List<HeldSession>> held = guidance.heldOf(services.keySet(), today.withDayOfYear(1), today);
        Map<UUID, ReadinessSettings> settings = organisations.readinessSettings(services.values().stream()
                .map(service -> service.enrolment().organisationId()).collect(java.util.stream.Collectors.toSet()));
        Map<UUID, GuidanceMonths.Year> years = new LinkedHashMap<>();
        services.forEach((candidateId, service) -> {
            var input = StoredInput.builder(service.enrolment(), today)
                    .settings(settings.get(service.enrolment().organisationId()))
                    .confirmedRecords(service.confirmed())
                    .guidance(held.getOrDefault(candidateId, List.of()))
                    .build();
            GuidanceMonths.year(input, today.getYear()).ifPresent(year -> years.put(candidateId, year));
        });
        return years;
    }
}
