package no.veiviser.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.identity.Actor;
import no.veiviser.programme.internal.EnrolmentRepository;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which version of each goal catalog a candidate is assessed against. Enrolment assigns the versions
 * in force on her start date; a catalog she lacks (none existed then, or it was imported later) is
 * assigned by her department head or approver; a move to another version is the approver's, with a
 * decision on every goal ({@code approval.CatalogTransitions}). Nothing is ever assigned or moved
 * automatically, and an ended assignment stays as history.
 */
@Service
public class CandidateCatalogs {

    /**
     * One catalog of her programme.
     *
     * @param assigned   the version she is assessed against; null when she has none
     * @param assignable versions that may be assigned when she has none (in force today or later)
     * @param newer      versions newer than hers that are in force today or later, to move her to
     */
    public record Assignment(CatalogCode catalog, CatalogVersion assigned, List<CatalogVersion> assignable,
                             List<CatalogVersion> newer) {

        /** Whether her version has run out (e.g. the old FKM after 28 February 2026). */
        public boolean expired(LocalDate today) {
            return assigned != null && assigned.validTo() != null && assigned.validTo().isBefore(today);
        }
    }

    /** @param mayMove whether the viewer is her approver or deputy, who may move her to a newer version */
    public record Overview(UUID candidateId, Enrolment enrolment, List<Assignment> catalogs, boolean mayMove) {
    }

    private final CandidateAccess access;
    private final Enrolments enrolments;
    private final EnrolmentRepository repository;
    private final GoalCatalogs catalogs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CandidateCatalogs(CandidateAccess access, Enrolments enrolments, EnrolmentRepository repository,
                      GoalCatalogs catalogs, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.enrolments = enrolments;
        this.repository = repository;
        this.catalogs = catalogs;
        this.events = events;
        this.clock = clock;
    }

    /** Her catalogs as her department head, approver or deputy sees them. */
    public Overview of(Actor viewer, UUID candidateId) {
        Enrolment enrolment = enrolmentOf(access.require(viewer, candidateId, Audience.ASSIGN_CATALOGS));
        List<CatalogVersion> assigned = enrolments.assignedCatalogs(enrolment.id());
        LocalDate today = today();
        List<Assignment> rows = Enrolments.catalogsOf(enrolment.programme()).stream().map(catalog -> {
            CatalogVersion hers = assigned.stream().filter(version -> version.catalog() == catalog).findFirst().orElse(null);
            List<CatalogVersion> current = catalogs.versions(catalog).stream()
                    .filter(version -> version.validTo() == null || !version.validTo().isBefore(today)).toList();
            return new Assignment(catalog, hers, hers == null ? current : List.of(),
                    hers == null ? List.of() : current.stream().filter(version -> version.number() > hers.number()).toList());
        }).toList();
        return new Overview(candidateId, enrolment, rows, access.allows(viewer, candidateId, Audience.APPROVE));
    }

    /** Assigns a version of a catalog of her programme that she has no version of. */
    @Transactional
    public CatalogVersion assign(Actor by, UUID candidateId, UUID versionId) {
        Overview overview = of(by, candidateId);
        CatalogVersion version = versionId == null ? null : find(versionId);
        if (version == null) {
            throw new InvalidInputException("version", "catalogs.assign.choose");
        }
        Assignment row = overview.catalogs().stream().filter(candidate -> candidate.catalog() == version.catalog())
                .findFirst().orElseThrow(() -> new InvalidInputException("version", "catalogs.assign.notInProgramme"));
        if (row.assigned() != null) {
            throw new InvalidInputException("version", "catalogs.assign.alreadyHasOne",
                    row.assigned().number());
        }
        if (row.assignable().stream().noneMatch(candidate -> candidate.id().equals(version.id()))) {
            throw new InvalidInputException("version", "catalogs.assign.expired");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.assignCatalog(overview.enrolment().id(), version.id(), by.id(), now);
        catalogs.markInUse(version.id(), by);
        events.publishEvent(new CatalogAssigned(candidateId, overview.enrolment().id(), version, null, by.id()));
        return version;
    }

    /**
     * Ends her assignment of one version and assigns another of the same catalog. Only her approver or
     * deputy may, as part of a transition that decides every goal of the new version.
     */
    @Transactional
    public void replace(Actor approver, UUID candidateId, CatalogVersion from, CatalogVersion to) {
        Enrolment enrolment = enrolmentOf(access.require(approver, candidateId, Audience.APPROVE));
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (repository.endCatalog(enrolment.id(), from.id(), approver.id(), now) != 1) {
            throw new InvalidInputException("to", "catalogs.transition.notAssigned");
        }
        repository.assignCatalog(enrolment.id(), to.id(), approver.id(), now);
        catalogs.markInUse(to.id(), approver);
        events.publishEvent(new CatalogAssigned(candidateId, enrolment.id(), to, from, approver.id()));
    }

    private CatalogVersion find(UUID versionId) {
        try {
            return catalogs.version(versionId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static Enrolment enrolmentOf(Access granted) {
        if (granted.enrolment() == null) {
            throw new NotFoundException("Enrolment");
        }
        return granted.enrolment();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
