package no.veiviser.programme;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.programme.internal.EnrolmentRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrols candidates in programmes and tells which programmes a candidate is in. */
@Service
public class Enrolments {

    private final EnrolmentRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enrolments(EnrolmentRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Enrolment enrol(Enrolment enrolment, String actor) {
        repository.insert(enrolment, actor, OffsetDateTime.now(clock));
        events.publishEvent(new CandidateEnrolled(enrolment, actor));
        return enrolment;
    }

    /** The enrolments of these candidates, newest first (one query). */
    public List<Enrolment> ofCandidates(java.util.Collection<UUID> candidateIds) {
        return repository.findByCandidates(candidateIds);
    }

    /** The enrolments at an organisation, newest first. */
    public List<Enrolment> atOrganisation(UUID organisationId) {
        return repository.findByOrganisation(organisationId);
    }

    /** The candidate's enrolments, newest first. */
    public List<Enrolment> of(UUID candidateId) {
        return repository.findByCandidate(candidateId);
    }
}
