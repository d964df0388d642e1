package no.veiviser.reporting;

import java.time.Clock;
import java.time.LocalDate;
import no.veiviser.requirements.ReadinessEngine;
import no.veiviser.requirements.ReadinessInput;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.identity.People;
import no.veiviser.identity.Role;
import no.veiviser.organisation.ArenaOverview;
import no.veiviser.organisation.SpecialtyRegistration;
import no.veiviser.organisation.ArenaType;
import no.veiviser.organisation.EducationOrganisation;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.organisation.Organisations;
import no.veiviser.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the general education plan of an organisation from its data. */
@Service
public class GeneralPlans {

    private final Organisations organisations;
    private final LearningArenas arenas;
    private final GoalCatalogs catalogs;
    private final People people;
    private final Clock clock;

    GeneralPlans(Organisations organisations, LearningArenas arenas, GoalCatalogs catalogs, People people, Clock clock) {
        this.organisations = organisations;
        this.arenas = arenas;
        this.catalogs = catalogs;
        this.people = people;
        this.clock = clock;
    }

    /** The plan; a bounded number of queries, whatever the number of arenas and goals. */
    @Transactional(readOnly = true)
    public GeneralPlan of(UUID organisationId) {
        EducationOrganisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation"));
        List<SpecialtyRegistration> registrations = organisations.registrations(organisationId);
        java.util.Set<CatalogCode> inScope = registrations.stream()
                .flatMap(registration -> CatalogCode.ofSpecialty(registration.specialty()).stream())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<LearningGoal> goals = catalogs.latestGoals().stream()
                .filter(goal -> inScope.contains(CatalogCode.ofGoal(goal.code()))).toList();
        List<ArenaOverview> overview = arenas.overview(organisationId);
        LocalDate today = LocalDate.now(clock);
        return new GeneralPlan(organisation, today, registrations,
                people.withRoles(organisationId, EnumSet.of(Role.DEPARTMENT_HEAD, Role.APPROVER)),
                summaries(goals),
                overview.stream().filter(arena -> arena.arena().type() != ArenaType.MEETING_ARENA).toList(),
                overview.stream().filter(arena -> arena.arena().type() == ArenaType.MEETING_ARENA).toList(),
                catalogs.courses(),
                goals.stream().collect(Collectors.toMap(LearningGoal::code, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new)),
                arenas.uncoveredGoals(organisationId, inScope),
                ReadinessEngine.needs(ReadinessInput.Programme.ALIS, today));
    }

    private List<GeneralPlan.CatalogSummary> summaries(List<LearningGoal> goals) {
        Map<CatalogCode, List<LearningGoal>> byCatalog = goals.stream()
                .collect(Collectors.groupingBy(goal -> CatalogCode.ofGoal(goal.code()), LinkedHashMap::new,
                        Collectors.toList()));
        return byCatalog.entrySet().stream()
                .map(entry -> {
                    CatalogVersion version = catalogs.latest(entry.getKey()).orElseThrow();
                    int withoutTitle = (int) entry.getValue().stream().filter(goal -> !goal.hasTitle()).count();
                    return new GeneralPlan.CatalogSummary(version, entry.getValue().size(), withoutTitle);
                })
                .toList();
    }
}
