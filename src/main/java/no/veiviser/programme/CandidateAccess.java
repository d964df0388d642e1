package no.veiviser.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
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
        Set<AccessBasis> held = EnumSet.noneOf(AccessBasis.class);
        if (actor.is(candidateId)) {
            held.add(AccessBasis.SELF);
            return held;
        }
        LocalDate today = LocalDate.now(clock);
        relationships.kindsBetween(actor.personId(), candidateId, today)
                .forEach(kind -> held.add(AccessBasis.of(kind)));
        if (enrolment != null && actor.hasRole(Role.DEPARTMENT_HEAD)
                && enrolment.organisationId().equals(actor.organisationId())) {
            held.add(AccessBasis.DEPARTMENT_HEAD);
        }
        return held;
    }
}
