package no.veiviser.catalog;

import no.veiviser.identity.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.catalog.internal.CatalogRepository;
import no.veiviser.catalog.internal.CourseRepository;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads goal catalogs and the course catalog; creates catalog versions. */
@Service
public class GoalCatalogs {

    private final CatalogRepository catalogs;
    private final CourseRepository courses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoalCatalogs(CatalogRepository catalogs, CourseRepository courses, ApplicationEventPublisher events, Clock clock) {
        this.catalogs = catalogs;
        this.courses = courses;
        this.events = events;
        this.clock = clock;
    }

    /** The versions of a catalog, newest first. */
    public List<CatalogVersion> versions(CatalogCode catalog) {
        return catalogs.versions(catalog);
    }

    public Optional<CatalogVersion> latest(CatalogCode catalog) {
        return catalogs.latest(catalog);
    }

    /**
     * The version a candidate who starts on this day is assessed against: the newest in force that day
     * (so an LIS1 who started in 2024 keeps the old part-1 plan the transition allows her, and one who
     * starts in 2026 gets FKMK); when none is in force yet, the first that comes into force after it.
     */
    public Optional<CatalogVersion> inForceOn(CatalogCode catalog, LocalDate day) {
        List<CatalogVersion> versions = catalogs.versions(catalog);
        return versions.stream().filter(version -> version.inForceOn(day)).findFirst()
                .or(() -> versions.stream().filter(version -> version.validFrom().isAfter(day))
                        .reduce((newer, older) -> older));
    }

    public CatalogVersion version(UUID versionId) {
        return catalogs.version(versionId).orElseThrow(() -> new NotFoundException("Catalog version"));
    }

    public List<LearningGoal> goals(UUID versionId) {
        return catalogs.goals(versionId);
    }

    /** The goals of several versions, by version, each in its order, in one query. */
    public java.util.Map<UUID, List<LearningGoal>> goals(java.util.Collection<UUID> versionIds) {
        return catalogs.goals(versionIds);
    }

    public List<LearningGoal> goalsOf(CatalogVersion version) {
        return goals(version.id());
    }

    /** The goals of the newest version of every catalog that has one. */
    public List<LearningGoal> latestGoals() {
        return catalogs.latestGoals();
    }

    public List<Course> courses() {
        return courses.all();
    }

    /** Creates the next version of a catalog with these goals. */
    @Transactional
    public CatalogVersion createVersion(CatalogCode catalog, LocalDate validFrom, LocalDate validTo, String source,
                                        List<LearningGoal> goals, String fileName, Actor by) {
        String actor = by.id();
        CatalogVersion version = catalogs.insertVersion(catalog, validFrom, validTo, source, goals, actor, now());
        events.publishEvent(new CatalogVersionCreated(version, goals.size(), fileName, actor));
        return version;
    }

    /** Marks a version as assigned to a candidate: from now on it is never changed. */
    @Transactional
    public void markInUse(UUID versionId, Actor by) {
        String actor = by.id();
        catalogs.markInUse(versionId, actor, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
