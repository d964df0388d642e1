package no.veiviser.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.veiviser.audit.AccessLog;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Role;
import no.veiviser.programme.internal.RelationshipRepository;
import no.veiviser.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The one access policy for a candidate's record: whether an actor belongs to an {@link Audience}
 * for a candidate today, decided by relationship (my candidate, my organisation's candidate), never
 * by role alone. Anyone outside the audience is told the candidate does not exist. A granted read
 * by anyone but the candidate herself is written to the access log. Services call this; controllers
 * do not.
 */
@Service
public class CandidateAccess {

    private final RelationshipRepository relationships;
    private final Enrolments enrolments;
    private final AccessLog accessLog;
    private final Clock clock;

    CandidateAccess(RelationshipRepository relationships, Enrolments enrolments, AccessLog accessLog, Clock clock) {
        this.relationships = relationships;
        this.enrolments = enrolments;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Grants the audience or answers "not found"; a granted read of someone else's record is logged. */
    public Access require(Actor actor, UUID candidateId, Audience audience) {
        Access access = check(actor, candidateId, audience)
                .orElseThrow(() -> new NotFoundException("Candidate"));
        if (audience.logged() && access.basis() != AccessBasis.SELF && access.basis() != AccessBasis.SYSTEM) {
            accessLog.record(actor.personId(), candidateId,
                    access.enrolment() == null ? null : access.enrolment().organisationId(), audience.name(),
                    access.basis().name());
        }
        return access;
    }

    /**
     * {@link #require} for several candidates at once, in a fixed number of statements: those she
     * belongs to the audience of, by candidate; the others are left out. Each granted read is logged.
     */
    public Map<UUID, Access> requireEach(Actor actor, Collection<UUID> candidateIds, Audience audience) {
        Map<UUID, Access> granted = checkEach(actor, candidateIds, audience);
        if (audience.logged()) {
            List<AccessLog.Read> reads = granted.values().stream()
                    .filter(access -> access.basis() != AccessBasis.SELF && access.basis() != AccessBasis.SYSTEM)
                    .map(access -> new AccessLog.Read(access.candidateId(),
                            access.enrolment() == null ? null : access.enrolment().organisationId(), access.basis().name()))
                    .toList();
            accessLog.recordAll(actor.personId(), audience.name(), reads);
        }
        return granted;
    }

    /** {@link #allows} for several candidates at once: those she belongs to the audience of. */
    public Set<UUID> allowedEach(Actor actor, Collection<UUID> candidateIds, Audience audience) {
        return checkEach(actor, candidateIds, audience).keySet();
    }

    private Map<UUID, Access> checkEach(Actor actor, Collection<UUID> candidateIds, Audience audience) {
        Map<UUID, Enrolment> newest = new HashMap<>();
        enrolments.ofCandidates(candidateIds).forEach(enrolment -> newest.putIfAbsent(enrolment.candidateId(), enrolment));
        Map<UUID, Set<RelationshipKind>> kinds = new HashMap<>();
        if (!actor.isSystem()) {
            relationships.activeOfPerson(actor.personId(), LocalDate.now(clock)).forEach(relationship ->
                    kinds.computeIfAbsent(relationship.candidateId(), id -> EnumSet.noneOf(RelationshipKind.class))
                            .add(relationship.kind()));
        }
        Map<UUID, Access> granted = new LinkedHashMap<>();
        for (UUID candidateId : candidateIds) {
            Enrolment enrolment = newest.get(candidateId);
            if (actor.isSystem()) {
                granted.put(candidateId, new Access(candidateId, AccessBasis.SYSTEM, enrolment));
                continue;
            }
            Set<AccessBasis> held = bases(actor, candidateId, enrolment, kinds.getOrDefault(candidateId, Set.of()));
            audience.allowed().stream().filter(held::contains).findFirst()
                    .filter(basis -> enrolment != null || basis == AccessBasis.SELF)
                    .ifPresent(basis -> granted.put(candidateId, new Access(candidateId, basis, enrolment)));
        }
        return granted;
    }

    /** Whether the actor belongs to the audience, without logging (to decide what a page offers). */
    public boolean allows(Actor actor, UUID candidateId, Audience audience) {
        return check(actor, candidateId, audience).isPresent();
    }

    private Optional<Access> check(Actor actor, UUID candidateId, Audience audience) {
        Enrolment enrolment = enrolments.of(candidateId).stream().findFirst().orElse(null);
        if (actor.isSystem()) {
            return Optional.of(new Access(candidateId, AccessBasis.SYSTEM, enrolment));
        }
        Set<AccessBasis> held = basesOf(actor, candidateId, enrolment);
        return audience.allowed().stream().filter(held::contains).findFirst()
                .filter(basis -> enrolment != null || basis == AccessBasis.SELF)
                .map(basis -> new Access(candidateId, basis, enrolment));
    }

    private Set<AccessBasis> basesOf(Actor actor, UUID candidateId, Enrolment enrolment) {
        if (actor.is(candidateId)) {
            return EnumSet.of(AccessBasis.SELF);
        }
        return bases(actor, candidateId, enrolment,
                relationships.kindsBetween(actor.personId(), candidateId, LocalDate.now(clock)));
    }

    /** The bases she holds for the candidate, given her relationships to the candidate today. */
    private static Set<AccessBasis> bases(Actor actor, UUID candidateId, Enrolment enrolment,
                                          Collection<RelationshipKind> kinds) {
        Set<AccessBasis> held = EnumSet.noneOf(AccessBasis.class);
        if (actor.is(candidateId)) {
            held.add(AccessBasis.SELF);
            return held;
        }
        kinds.forEach(kind -> held.add(AccessBasis.of(kind)));
        if (enrolment != null && actor.hasRole(Role.DEPARTMENT_HEAD)
                && enrolment.organisationId().equals(actor.organisationId())) {
            held.add(AccessBasis.DEPARTMENT_HEAD);
        }
        return held;
    }
}
