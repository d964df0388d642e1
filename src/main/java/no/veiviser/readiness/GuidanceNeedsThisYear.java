package no.veiviser.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.veiviser.guidance.GuidanceNeeds;
import no.veiviser.guidance.GuidanceSessions;
import no.veiviser.identity.Actor;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.CandidateService;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.requirements.GuidanceMonths;
import org.springframework.stereotype.Component;

/**
 * The guidance year of each of the veileder's candidates, from the same input as her readiness page
 * (confirmed service and finalised sessions), so the two never disagree. Reading the service is
 * authorised and logged per candidate ({@link ServiceRecords#of}).
 */
@Component
class GuidanceNeedsThisYear implements GuidanceNeeds {

    private final ServiceRecords serviceRecords;
    private final Organisations organisations;
    private final GuidanceSessions guidance;
    private final Clock clock;

    GuidanceNeedsThisYear(ServiceRecords serviceRecords, Organisations organisations, GuidanceSessions guidance,
                          Clock clock) {
        this.serviceRecords = serviceRecords;
        this.organisations = organisations;
        this.guidance = guidance;
        this.clock = clock;
    }

    @Override
    public Map<UUID, GuidanceMonths.Year> thisYear(Actor viewer, Collection<UUID> candidateIds) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, GuidanceMonths.Year> years = new LinkedHashMap<>();
        for (UUID candidateId : candidateIds) {
            CandidateService service = serviceRecords.of(viewer, candidateId);
            var input = StoredInput.builder(service.enrolment(), today)
                    .settings(organisations.readinessSettings(service.enrolment().organisationId()))
                    .confirmedRecords(service.confirmed())
                    .guidance(guidance.held(candidateId))
                    .build();
            GuidanceMonths.byYear(GuidanceMonths.of(input)).stream()
                    .filter(year -> year.year() == today.getYear())
                    .findFirst()
                    .ifPresent(year -> years.put(candidateId, year));
        }
        return years;
    }
}
