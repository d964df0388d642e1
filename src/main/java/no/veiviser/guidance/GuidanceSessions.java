package no.veiviser.guidance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.internal.GuidanceSessionRepository;
import no.veiviser.identity.Actor;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CandidateAccess;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.SupervisionRelationship;
import no.veiviser.shared.ConflictException;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual guidance sessions. A session belongs to the veileder relationship in force on its day.
 * Its dates, hours and goals are read by those who may read the candidate's service (they count
 * towards readiness); its preparation and minutes only by its two people, the candidate and the
 * session's veileder, while the access policy lets them read her guidance ({@link #privateText}).
 */
@Service
public class GuidanceSessions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final GuidanceSessionRepository sessions;
    private final CandidateAccess access;
    private final Relationships relationships;
    private final Enrolments enrolments;
    private final SessionRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuidanceSessions(GuidanceSessionRepository sessions, CandidateAccess access, Relationships relationships,
                     Enrolments enrolments, SessionRules rules, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.sessions = sessions;
        this.access = access;
        this.relationships = relationships;
        this.enrolments = enrolments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Plans a session. The candidate plans with her veileder of that day; a veileder plans with a
     * candidate she is veileder for on that day. Anyone else is told the candidate does not exist.
     */
    @Transactional
    public GuidanceSession plan(Actor planner, NewSession planned) {
        UUID candidateId = planned.candidateId() == null ? planner.personId() : planned.candidateId();
        if (!access.allows(planner, candidateId, Audience.READ_GUIDANCE_MINUTES)) {
            throw new NotFoundException("Candidate");
        }
        rules.validate(candidateId, planned);
        UUID veileder = rules.veilederOn(candidateId, planned.heldOn()).orElseThrow(() ->
                new InvalidInputException("heldOn", "guidance.noVeileder", DAY.format(planned.heldOn())));
        if (!planner.personId().equals(candidateId) && !planner.personId().equals(veileder)) {
            throw new InvalidInputException("heldOn", "guidance.notVeilederThatDay", DAY.format(planned.heldOn()));
        }
        var session = new GuidanceSession(UUID.randomUUID(), candidateId, veileder, planned.heldOn(),
                planned.startsAt(), planned.endsAt(), planned.mode(), SessionRules.blankToNull(planned.place()), List.of(),
                SessionStatus.PLANNED, 0, null, null);
        sessions.insert(session, planner.id(), now());
        events.publishEvent(new GuidanceSessionPlanned(session, planner.id()));
        return session;
    }

    /** Her sessions without their text, for those who may read her service. */
    public List<GuidanceSession> of(Actor viewer, UUID candidateId) {
        access.require(viewer, candidateId, Audience.READ_SERVICE);
        return sessions.ofCandidate(candidateId);
    }

    /**
     * A session with its preparation and minutes, for one of its two people while the access policy
     * lets her read the candidate's guidance; anyone else is told the session does not exist. The
     * veileder's read is written to the access log.
     */
    public PrivateSession privateText(Actor viewer, UUID sessionId) {
        GuidanceSession session = sessions.find(sessionId).filter(found -> mayRead(viewer, found))
                .orElseThrow(() -> new NotFoundException("Guidance session"));
        access.require(viewer, session.candidateId(), Audience.READ_GUIDANCE_MINUTES);
        return new PrivateSession(session, sessions.texts(session.id()));
    }

    /**
     * Whether the viewer may read the session's text: one of its two people, or a later veileder the
     * candidate shared it with, while the access policy lets her read the candidate's guidance.
     */
    public boolean mayRead(Actor viewer, GuidanceSession session) {
        return (session.hasParty(viewer.personId()) || sessions.sharedWith(session.id()).contains(viewer.personId()))
                && access.allows(viewer, session.candidateId(), Audience.READ_GUIDANCE_MINUTES);
    }

    /** Whether the viewer is one of the session's two people and may read its text. */
    public boolean isParty(Actor viewer, GuidanceSession session) {
        return session.hasParty(viewer.personId())
                && access.allows(viewer, session.candidateId(), Audience.READ_GUIDANCE_MINUTES);
    }

    /**
     * A session without its text, for one of its two people or for someone who may read the
     * candidate's service (her approver, department head, a later veileder); anyone else is told it
     * does not exist. A read by someone who is not one of the two is logged.
     */
    public GuidanceSession session(Actor viewer, UUID sessionId) {
        GuidanceSession session = sessions.find(sessionId)
                .filter(found -> isParty(viewer, found) || access.allows(viewer, found.candidateId(), Audience.READ_SERVICE))
                .orElseThrow(() -> new NotFoundException("Guidance session"));
        if (!isParty(viewer, session)) {
            access.require(viewer, session.candidateId(), Audience.READ_SERVICE);
        }
        return session;
    }

    /** The candidates the person is veileder for today; empty for anyone else. */
    public Set<UUID> candidatesOf(Actor actor) {
        return relationships.activeOf(actor.personId()).stream()
                .filter(relationship -> relationship.kind() == RelationshipKind.VEILEDER)
                .map(SupervisionRelationship::candidateId).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Writes a preparation (each her own) or the minutes (either of them) of a planned session, if the
     * writer saw the text's current version ({@code -1}: none yet). Written meanwhile by the other, it
     * is refused and nothing is overwritten.
     */
    @Transactional
    public void write(Actor writer, UUID sessionId, TextKind kind, String body, int seenVersion) {
        GuidanceSession session = plannedAsParty(writer, sessionId);
        boolean own = switch (kind) {
            case CANDIDATE_PREPARATION -> writer.personId().equals(session.candidateId());
            case VEILEDER_PREPARATION -> writer.personId().equals(session.veilederId());
            case MINUTES -> true;
        };
        if (!own) {
            throw new InvalidInputException("body", "guidance.text.notYours");
        }
        String text = body == null ? "" : body.strip();
        if (text.length() > InputLimits.LONGEST_TEXT) {
            throw new InvalidInputException("body", "form.tooLong", InputLimits.LONGEST_TEXT);
        }
        if (!sessions.writeText(session.id(), kind, text, writer.personId(), seenVersion, writer.id(), now())) {
            throw new ConflictException("guidance.text.changed", null);
        }
        events.publishEvent(new GuidanceTextWritten(session, kind, writer.id()));
    }

    /** Links the goals the session was about; each must be one of her goals. */
    @Transactional
    public void linkGoals(Actor party, UUID sessionId, List<String> goalCodes) {
        GuidanceSession session = plannedAsParty(party, sessionId);
        Set<String> hers = enrolments.assignedGoalCodes(session.candidateId());
        List<String> codes = goalCodes.stream().map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        codes.stream().filter(code -> !hers.contains(code)).findFirst().ifPresent(code -> {
            throw new InvalidInputException("goalCodes", "guidance.goal.unknown", code);
        });
        sessions.changeGoals(session.id(), codes, party.id(), now());
    }

    /** Only the veileder finalises a session that has been held: its hours count, and it never changes again. */
    @Transactional
    public GuidanceSession finalise(Actor veileder, UUID sessionId) {
        GuidanceSession session = plannedAsParty(veileder, sessionId);
        if (!veileder.personId().equals(session.veilederId())) {
            throw new InvalidInputException("session", "guidance.finalise.onlyVeileder");
        }
        if (session.heldOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("session", "guidance.finalise.notHeldYet", DAY.format(session.heldOn()));
        }
        return close(veileder, session, SessionStatus.FINALISED);
    }

    /** Either of the two cancels a planned session; it stays, marked cancelled. */
    @Transactional
    public GuidanceSession cancel(Actor party, UUID sessionId) {
        return close(party, plannedAsParty(party, sessionId), SessionStatus.CANCELLED);
    }

    /**
     * Either of the two moves a planned session to another day, time or place. The veileder of the new
     * day must be the session's veileder; a session with another veileder is planned anew.
     */
    @Transactional
    public GuidanceSession reschedule(Actor party, UUID sessionId, NewSession schedule) {
        GuidanceSession session = plannedAsParty(party, sessionId);
        rules.validate(session.candidateId(), schedule);
        if (!rules.veilederOn(session.candidateId(), schedule.heldOn()).filter(session.veilederId()::equals).isPresent()) {
            throw new InvalidInputException("heldOn", "guidance.reschedule.otherVeileder", DAY.format(schedule.heldOn()));
        }
        GuidanceSession moved = new GuidanceSession(session.id(), session.candidateId(), session.veilederId(),
                schedule.heldOn(), schedule.startsAt(), schedule.endsAt(), schedule.mode(),
                SessionRules.blankToNull(schedule.place()), session.goalCodes(), session.status(), session.version() + 1,
                session.corrects(), session.correctionReason());
        sessions.reschedule(moved, party.id(), now());
        events.publishEvent(new GuidanceSessionRescheduled(moved, party.id()));
        return moved;
    }

    /**
     * Corrects a finalised session, which itself never changes: a new version with the same day, time,
     * goals and text, planned, and the reason. Its two people change what was wrong; once the veileder
     * finalises it, it counts instead of the old one. One correction of a session stands at a time.
     */
    @Transactional
    public GuidanceSession correct(Actor party, UUID sessionId, String reason) {
        GuidanceSession session = party(party, sessionId);
        SessionRules.require(session.status() == SessionStatus.FINALISED, "reason", "guidance.correct.notFinalised");
        SessionRules.require(reason != null && !reason.isBlank(), "reason", "guidance.correct.reasonRequired");
        SessionRules.require(reason.strip().length() <= InputLimits.LONGEST_TEXT, "reason", "form.tooLong", InputLimits.LONGEST_TEXT);
        sessions.correctionOf(session.id()).ifPresent(standing -> {
            throw new InvalidInputException("reason", "guidance.correct.exists");
        });
        var correction = new GuidanceSession(UUID.randomUUID(), session.candidateId(), session.veilederId(),
                session.heldOn(), session.startsAt(), session.endsAt(), session.mode(), session.place(),
                session.goalCodes(), SessionStatus.PLANNED, 0, session.id(), reason.strip());
        sessions.insert(correction, party.id(), now());
        sessions.copyTexts(session.id(), correction.id(), party.id(), now());
        events.publishEvent(new GuidanceSessionPlanned(correction, party.id()));
        return correction;
    }

    /** The correction of a session that stands, for a session the caller was allowed to see. */
    public Optional<GuidanceSession> correctionOf(GuidanceSession session) {
        return sessions.correctionOf(session.id());
    }

    /**
     * Her finalised sessions as the guidance requirement counts them, a corrected one replaced by its
     * finalised correction; the caller has authorised the read.
     */
    public List<HeldSession> held(UUID candidateId) {
        return GuidanceSession.counted(sessions.ofCandidate(candidateId)).stream()
                .map(session -> new HeldSession(session.heldOn(), session.hours())).toList();
    }

    private GuidanceSession close(Actor actor, GuidanceSession session, SessionStatus status) {
        if (!sessions.close(session.id(), status, actor.personId(), actor.id(), now())) {
            throw new ConflictException("guidance.closed", null);
        }
        GuidanceSession closed = sessions.find(session.id()).orElseThrow();
        events.publishEvent(status == SessionStatus.FINALISED ? new GuidanceSessionFinalised(closed, actor.id())
                : new GuidanceSessionCancelled(closed, actor.id()));
        return closed;
    }

    private GuidanceSession party(Actor viewer, UUID sessionId) {
        return sessions.find(sessionId).filter(found -> isParty(viewer, found))
                .orElseThrow(() -> new NotFoundException("Guidance session"));
    }

    /** The session as one of its two people changes it: locked, and refused once it is finalised or cancelled. */
    private GuidanceSession plannedAsParty(Actor actor, UUID sessionId) {
        party(actor, sessionId);
        return sessions.findPlannedForUpdate(sessionId)
                .orElseThrow(() -> new InvalidInputException("session", "guidance.closed"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
