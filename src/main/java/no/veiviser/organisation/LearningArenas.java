package no.veiviser.organisation;

import static no.veiviser.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.identity.Actor;
import no.veiviser.organisation.internal.ArenaRepository;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning arenas of an education organisation: which goals each offers, with which activities.
 * Every method takes the caller's organisation; an arena of another organisation is not found.
 */
@Service
public class LearningArenas {

    private final ArenaRepository arenas;
    private final GoalCatalogs catalogs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningArenas(ArenaRepository arenas, GoalCatalogs catalogs, ApplicationEventPublisher events, Clock clock) {
        this.arenas = arenas;
        this.catalogs = catalogs;
        this.events = events;
        this.clock = clock;
    }

    /** The organisation's arenas in plan order, without what they offer (one query): for choosing one. */
    public List<LearningArena> active(UUID organisationId) {
        return arenas.active(organisationId);
    }

    /** The organisation's arenas in plan order, each with sites, goals and whole catalogs (four queries). */
    public List<ArenaOverview> overview(UUID organisationId) {
        Map<UUID, List<ArenaSite>> sites = arenas.sites(organisationId).stream()
                .collect(Collectors.groupingBy(ArenaSite::arenaId));
        Map<UUID, List<ArenaGoal>> goals = arenas.goals(organisationId).stream()
                .collect(Collectors.groupingBy(ArenaGoal::arenaId));
        Map<UUID, Set<CatalogCode>> wholeCatalogs = arenas.catalogs(organisationId).stream()
                .collect(Collectors.groupingBy(ArenaRepository.ArenaCatalog::arenaId,
                        Collectors.mapping(ArenaRepository.ArenaCatalog::catalog, Collectors.toSet())));
        return arenas.active(organisationId).stream()
                .map(arena -> new ArenaOverview(arena, sites.getOrDefault(arena.id(), List.of()),
                        goals.getOrDefault(arena.id(), List.of()), wholeCatalogs.getOrDefault(arena.id(), Set.of())))
                .toList();
    }

    public ArenaOverview arena(UUID organisationId, UUID arenaId) {
        owned(organisationId, arenaId);
        return overview(organisationId).stream().filter(arena -> arena.arena().id().equals(arenaId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Arena"));
    }

    @Transactional
    public LearningArena add(UUID organisationId, ArenaDetails details, Actor by) {
        String actor = by.id();
        requireFreeName(organisationId, details.name(), null);
        var arena = new LearningArena(UUID.randomUUID(), organisationId, details.name(), details.type(), details.place(),
                details.newVeilederDuringStay(), details.supervisionMode(), details.description(), 0);
        arenas.insert(arena, actor, now());
        events.publishEvent(new ArenaCreated(arena.id(), details.name(), details.type(), actor));
        return arena;
    }

    @Transactional
    public void change(UUID organisationId, UUID arenaId, ArenaDetails details, int expectedVersion, Actor by) {
        String actor = by.id();
        owned(organisationId, arenaId);
        requireFreeName(organisationId, details.name(), arenaId);
        arenas.update(arenaId, details, expectedVersion, actor, now());
        events.publishEvent(new ArenaDetailsChanged(arenaId, details.name(), details.type(), actor));
    }

    /** Takes the arena out of the plan; it is kept, archived, for the history that refers to it. */
    @Transactional
    public void archive(UUID organisationId, UUID arenaId, Actor by) {
        String actor = by.id();
        LearningArena arena = owned(organisationId, arenaId);
        arenas.archive(arenaId, actor, now());
        events.publishEvent(new ArenaArchived(arenaId, arena.name(), actor));
    }

    @Transactional
    public void addSite(UUID organisationId, UUID arenaId, String name, Actor by) {
        String actor = by.id();
        owned(organisationId, arenaId);
        arenas.insertSite(new ArenaSite(UUID.randomUUID(), arenaId, name), actor, now());
        events.publishEvent(new ArenaSiteAdded(arenaId, name, actor));
    }

    /** Links a goal of a catalog in use to the arena. */
    @Transactional
    public void offerGoal(UUID organisationId, UUID arenaId, String goalCode, String activityInArena,
                          String otherActivities, Actor by) {
        String actor = by.id();
        owned(organisationId, arenaId);
        String code = goalCode.trim().toUpperCase(java.util.Locale.ROOT);
        if (catalogs.latestGoals().stream().noneMatch(goal -> goal.code().equals(code))) {
            throw new InvalidInputException("goalCode", "arena.goal.unknown", goalCode.trim());
        }
        if (arenas.offersGoal(arenaId, code)) {
            throw new InvalidInputException("goalCode", "arena.goal.duplicate", code);
        }
        arenas.insertGoal(new ArenaGoal(UUID.randomUUID(), arenaId, code, blankToNull(activityInArena),
                blankToNull(otherActivities)), actor, now());
        events.publishEvent(new ArenaGoalOffered(arenaId, code, actor));
    }

    @Transactional
    public void withdrawGoal(UUID organisationId, UUID arenaGoalId, Actor by) {
        String actor = by.id();
        ArenaGoal goal = arenas.findGoal(arenaGoalId).orElseThrow(() -> new NotFoundException("Arena goal"));
        owned(organisationId, goal.arenaId());
        arenas.deleteGoal(arenaGoalId);
        events.publishEvent(new ArenaGoalWithdrawn(goal.arenaId(), goal, actor));
    }

    /** The arena offers every goal of the catalog ("Alle FKM-LM"). */
    @Transactional
    public void offerWholeCatalog(UUID organisationId, UUID arenaId, CatalogCode catalog, Actor by) {
        String actor = by.id();
        owned(organisationId, arenaId);
        arenas.insertCatalog(arenaId, catalog, actor, now());
        events.publishEvent(new ArenaCatalogOffered(arenaId, catalog, actor));
    }

    /**
     * The goals that no arena and no course offers, by catalog, of the newest version of each catalog
     * of the specialties the organisation is registered for. The general plan must show where every
     * goal can be reached (spesialistforskriften § 23 d).
     */
    public Map<CatalogCode, List<LearningGoal>> uncoveredGoals(UUID organisationId,
                                                             java.util.Collection<CatalogCode> inScope) {
        List<ArenaOverview> overview = overview(organisationId);
        Set<String> byCourses = catalogs.courses().stream().flatMap(course -> course.goalCodes().stream())
                .collect(Collectors.toSet());
        Map<CatalogCode, List<LearningGoal>> uncovered = new LinkedHashMap<>();
        for (LearningGoal goal : catalogs.latestGoals()) {
            if (!inScope.contains(CatalogCode.ofGoal(goal.code()))) {
                continue;
            }
            boolean covered = byCourses.contains(goal.code())
                    || overview.stream().anyMatch(arena -> arena.offers(goal.code()));
            if (!covered) {
                uncovered.computeIfAbsent(CatalogCode.ofGoal(goal.code()), catalog -> new java.util.ArrayList<>()).add(goal);
            }
        }
        return uncovered;
    }

    private LearningArena owned(UUID organisationId, UUID arenaId) {
        return arenas.find(arenaId)
                .filter(arena -> arena.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("Arena"));
    }

    private void requireFreeName(UUID organisationId, String name, UUID except) {
        if (arenas.nameTaken(organisationId, name, except)) {
            throw new InvalidInputException("name", "arena.name.taken", name);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
