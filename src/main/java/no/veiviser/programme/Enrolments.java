package no.veiviser.programme;

import no.veiviser.identity.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.veiviser.shared.Paged;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.programme.internal.EnrolmentRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols candidates in programmes and tells which programmes a candidate is in. */
@Service
public class Enrolments {

    private final EnrolmentRepository repository;
    private final GoalCatalogs catalogs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enrolments(EnrolmentRepository repository, GoalCatalogs catalogs, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.catalogs = catalogs;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enrols the candidate and assigns, of each catalog her programme uses (ALIS: ALM and FKM), the
     * version in force on her start date ({@link GoalCatalogs#inForceOn}); those versions are in use
     * from now on and never change. She keeps them until the approver moves her to another version.
     */
    @Transactional
    public Enrolment enrol(Enrolment enrolment, Actor by) {
        String actor = by.id();
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.insert(enrolment, actor, now);
        for (CatalogCode catalog : catalogsOf(enrolment.programme())) {
            catalogs.inForceOn(catalog, enrolment.startDate()).ifPresent(version -> {
                repository.assignCatalog(enrolment.id(), version.id(), actor, now);
                catalogs.markInUse(version.id(), by);
            });
        }
        events.publishEvent(new CandidateEnrolled(enrolment, actor));
        return enrolment;
    }

    /** Sets the enrolment's last day; who may is for the caller to decide ({@link Admissions#endProgramme}). */
    @Transactional
    Enrolment end(Enrolment enrolment, LocalDate lastDay, String reason, Actor by) {
        repository.end(enrolment.id(), lastDay, by.id(), OffsetDateTime.now(clock));
        Enrolment ended = new Enrolment(enrolment.id(), enrolment.candidateId(), enrolment.organisationId(),
                enrolment.programme(), enrolment.scheme(), enrolment.startDate(), lastDay, enrolment.convertedOn(),
                enrolment.positionPercent(), enrolment.employer(), enrolment.arenaId());
        events.publishEvent(new EnrolmentEnded(ended, lastDay, reason, by.id()));
        return ended;
    }

    /** The catalog versions assigned to an enrolment: the specialty's own goals first, the common goals after. */
    public List<CatalogVersion> assignedCatalogs(UUID enrolmentId) {
        return repository.assignedCatalogs(enrolmentId).stream().map(catalogs::version)
                .sorted(java.util.Comparator.comparing(CatalogVersion::catalog)).toList();
    }

    /** The codes of every goal in the candidate's assigned catalog versions; empty when she is not enrolled. */
    public java.util.Set<String> assignedGoalCodes(UUID candidateId) {
        return of(candidateId).stream().findFirst()
                .map(enrolment -> catalogs.goals(assignedCatalogs(enrolment.id()).stream()
                                .map(version -> version.id()).toList()).values().stream()
                        .flatMap(List::stream)
                        .map(no.veiviser.catalog.LearningGoal::code)
                        .collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
    }

    /** The catalogs a programme's candidates must reach the goals of. */
    static List<CatalogCode> catalogsOf(ProgrammeType programme) {
        return switch (programme) {
            case ALIS -> List.of(CatalogCode.ALM, CatalogCode.FKM);
            case SAMLIS -> List.of(CatalogCode.SAM, CatalogCode.FKM);
            case LIS1 -> List.of(CatalogCode.KLK, CatalogCode.FKMK);
        };
    }

    /** The enrolments of these candidates, newest first (one query). */
    public List<Enrolment> ofCandidates(java.util.Collection<UUID> candidateIds) {
        return repository.findByCandidates(candidateIds);
    }

    /**
     * One page of the ids of the candidates enrolled at an organisation or among {@code related}, by
     * name, with how many there are (see the repository).
     */
    public Paged<UUID> candidatesByName(UUID organisationId, Collection<UUID> related, String name, int number,
                                        int size) {
        return repository.candidatesByName(organisationId, related, name, number, size);
    }

    /** The candidate's enrolments, newest first. */
    public List<Enrolment> of(UUID candidateId) {
        return repository.findByCandidate(candidateId);
    }
}
