package no.veiviser.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Role;
import no.veiviser.programme.internal.RelationshipRepository;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is veileder, approver, deputy approver and supervisor of a candidate, and when. What a
 * relationship lets a person see or do is decided by {@link CandidateAccess}.
 */
@Service
public class Relationships {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final RelationshipRepository relationships;
    private final CandidateAccess access;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Relationships(RelationshipRepository relationships, CandidateAccess access, People people,
                  ApplicationEventPublisher events, Clock clock) {
        this.relationships = relationships;
        this.access = access;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a relationship on {@code from}, for those who manage the candidate's programme. The person
     * appointed must belong to the candidate's organisation in a role that fits the relationship
     * (an external supervisor is registered there as supervisor); anyone else is not found. For the
     * single kinds (veileder, approver, deputy) the current holder's relationship ends the day before,
     * so she loses access at once. A veileder must pass {@link QualificationCheck}; the outcome is
     * returned so that a warning can be shown.
     */
    @Transactional
    public QualificationCheck.Outcome start(UUID candidateId, UUID personId, RelationshipKind kind, LocalDate from,
                                            Actor appointer) {
        Enrolment enrolment = access.require(appointer, candidateId, Audience.MANAGE_PROGRAMME).enrolment();
        if (enrolment == null) {
            throw new NotFoundException("Candidate");
        }
        if (kind == null || personId == null || from == null) {
            throw new InvalidInputException(kind == null ? "kind" : personId == null ? "personId" : "validFrom",
                    "candidate.appoint.incomplete");
        }
        Set<Role> roles = appointer.isSystem() ? EnumSet.allOf(Role.class)
                : people.rolesIn(personId, enrolment.organisationId());
        if (people.find(personId).isEmpty() || roles.isEmpty()) {
            throw new NotFoundException("Person");
        }
        if (candidateId.equals(personId)) {
            throw new InvalidInputException("personId", "relationship.self");
        }
        String actor = appointer.id();
        QualificationCheck.Outcome outcome = kind == RelationshipKind.VEILEDER
                ? QualificationCheck.check(enrolment.programme(), people.qualifications(personId), from)
                : new QualificationCheck.Outcome(true, null);
        if (!outcome.allowed()) {
            throw new InvalidInputException("personId", outcome.messageKey(), outcome.arguments());
        }
        if (roles.stream().noneMatch(role -> fits(kind, role))) {
            throw new InvalidInputException("personId", "relationship.roleMismatch");
        }
        List<SupervisionRelationship> open = relationships.openForUpdate(candidateId, kind);
        if (kind.isSingle()) {
            for (SupervisionRelationship current : open) {
                if (from.isBefore(current.validFrom())) {
                    throw new InvalidInputException("validFrom", "relationship.beforeCurrent",
                            DAY.format(current.validFrom()));
                }
                end(current, from.minusDays(1), actor);
            }
        } else if (open.stream().anyMatch(current -> current.personId().equals(personId))) {
            throw new InvalidInputException("personId", "relationship.alreadySupervisor");
        }
        var relationship = new SupervisionRelationship(UUID.randomUUID(), candidateId, personId, kind, from, null);
        relationships.insert(relationship, actor, now());
        events.publishEvent(new RelationshipStarted(relationship, actor));
        return outcome;
    }

    /** Ends a relationship after {@code lastDay} (a supervisor leaving, say), for those who manage the programme. */
    @Transactional
    public void end(UUID candidateId, UUID relationshipId, LocalDate lastDay, Actor ender) {
        SupervisionRelationship relationship = open(candidateId, relationshipId, ender);
        if (lastDay == null) {
            throw new InvalidInputException("lastDay", "form.date");
        }
        end(relationship, lastDay, ender.id());
    }

    /**
     * Ends every appointment of the candidate still open on her last day in the programme; one that
     * had not begun by then never applies (it ends the day before it would have begun).
     */
    @Transactional
    void endAll(UUID candidateId, LocalDate lastDay, Actor ender) {
        relationships.ofCandidates(List.of(candidateId)).stream()
                .filter(relationship -> relationship.validTo() == null)
                .forEach(relationship -> end(relationship, relationship.validFrom().isAfter(lastDay)
                        ? relationship.validFrom().minusDays(1) : lastDay, ender.id()));
    }

    /**
     * Takes back a relationship appointed by mistake (the wrong person, say): it ends the day before it
     * started, so it never counted, and the reason is audited. A relationship that was right and is
     * over is ended instead, so that what happened while it lasted stays as it was.
     */
    @Transactional
    public void withdraw(UUID candidateId, UUID relationshipId, String reason, Actor withdrawer) {
        SupervisionRelationship relationship = open(candidateId, relationshipId, withdrawer);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "relationship.withdraw.reasonRequired");
        }
        LocalDate dayBefore = relationship.validFrom().minusDays(1);
        relationships.end(relationship.id(), dayBefore, withdrawer.id(), now());
        events.publishEvent(new RelationshipWithdrawn(new SupervisionRelationship(relationship.id(),
                relationship.candidateId(), relationship.personId(), relationship.kind(), relationship.validFrom(),
                dayBefore), reason.trim(), withdrawer.id()));
    }

    /** One of the candidate's relationships still in force, for those who manage her programme; else not found. */
    private SupervisionRelationship open(UUID candidateId, UUID relationshipId, Actor manager) {
        return relationships.find(relationshipId)
                .filter(found -> found.validTo() == null && found.candidateId().equals(candidateId))
                .filter(found -> access.allows(manager, found.candidateId(), Audience.MANAGE_PROGRAMME))
                .orElseThrow(() -> new NotFoundException("Relationship"));
    }

    /**
     * Which roles may hold which relationship. The appointed person must hold a fitting role in the
     * candidate's organisation; a person with no role there is, for the appointer, a person that does
     * not exist. Veiviser itself (the demo loader) appoints without this check.
     */
    static boolean fits(RelationshipKind kind, Role role) {
        return switch (kind) {
            case VEILEDER -> role == Role.VEILEDER;
            case APPROVER -> role == Role.APPROVER;
            case DEPUTY_APPROVER -> role == Role.APPROVER || role == Role.DEPARTMENT_HEAD;
            case SUPERVISOR -> role == Role.SUPERVISOR || role == Role.VEILEDER;
        };
    }

    /** Whether the person holds one of these relationships to the candidate on the day. */
    public boolean holds(UUID personId, UUID candidateId, Set<RelationshipKind> kinds, LocalDate day) {
        return relationships.activeOfPerson(personId, day).stream()
                .anyMatch(relationship -> relationship.candidateId().equals(candidateId) && kinds.contains(relationship.kind()));
    }

    /** The person's relationships that are active today. */
    public List<SupervisionRelationship> activeOf(UUID personId) {
        return relationships.activeOfPerson(personId, today());
    }

    /** The candidates' relationships in force today, by candidate (one query). */
    public java.util.Map<UUID, CurrentRelationships> currentOf(Collection<UUID> candidateIds) {
        LocalDate today = today();
        java.util.Map<UUID, List<SupervisionRelationship>> active = relationships.ofCandidates(candidateIds).stream()
                .filter(relationship -> relationship.isActiveOn(today))
                .collect(java.util.stream.Collectors.groupingBy(SupervisionRelationship::candidateId));
        java.util.Map<UUID, CurrentRelationships> current = new java.util.HashMap<>();
        candidateIds.forEach(id -> current.put(id, new CurrentRelationships(active.getOrDefault(id, List.of()))));
        return current;
    }

    public CurrentRelationships currentOf(UUID candidateId) {
        return currentOf(Set.of(candidateId)).get(candidateId);
    }

    /** Every relationship, past and present, of these candidates, oldest first (one query). */
    public List<SupervisionRelationship> ofCandidates(Collection<UUID> candidateIds) {
        return relationships.ofCandidates(candidateIds);
    }

    private void end(SupervisionRelationship relationship, LocalDate lastDay, String actor) {
        if (lastDay.isBefore(relationship.validFrom().minusDays(1))) {
            throw new InvalidInputException("lastDay", "relationship.endBeforeStart", DAY.format(relationship.validFrom()));
        }
        relationships.end(relationship.id(), lastDay, actor, now());
        events.publishEvent(new RelationshipEnded(new SupervisionRelationship(relationship.id(),
                relationship.candidateId(), relationship.personId(), relationship.kind(), relationship.validFrom(),
                lastDay), actor));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
