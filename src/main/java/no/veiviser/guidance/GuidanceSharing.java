package no.veiviser.guidance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.guidance.internal.GuidanceSessionRepository;
import no.veiviser.identity.Actor;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate's shares of a session's text with a later veileder. Who may then read it is decided
 * with everything else about the text, in {@link GuidanceSessions#mayRead}.
 */
@Service
public class GuidanceSharing {

    private final GuidanceSessionRepository sessions;
    private final SessionRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GuidanceSharing(GuidanceSessionRepository sessions, SessionRules rules, ApplicationEventPublisher events,
                    Clock clock) {
        this.sessions = sessions;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The candidate shares a session's preparation and minutes with her veileder of today, when that
     * is not the veileder who held it. Recorded, and revocable ({@link #revokeShare}).
     */
    @Transactional
    public void share(Actor candidate, UUID sessionId) {
        GuidanceSession session = own(candidate, sessionId);
        UUID current = rules.veilederOn(session.candidateId(), LocalDate.now(clock))
                .filter(veileder -> !veileder.equals(session.veilederId()))
                .orElseThrow(() -> new InvalidInputException("session", "guidance.share.noOtherVeileder"));
        if (sessions.share(session.id(), current, candidate.id(), now())) {
            events.publishEvent(new GuidanceSessionShared(session, current, candidate.id()));
        }
    }

    /** The candidate takes back a share; the later veileder no longer reads the text. */
    @Transactional
    public void revokeShare(Actor candidate, UUID sessionId, UUID personId) {
        GuidanceSession session = own(candidate, sessionId);
        if (personId != null && sessions.revokeShare(session.id(), personId, candidate.id(), now())) {
            events.publishEvent(new GuidanceShareRevoked(session, personId, candidate.id()));
        }
    }

    /** Whom the candidate has shared the session with; for the candidate's own page. */
    public List<UUID> sharedWith(Actor candidate, GuidanceSession session) {
        return candidate.personId().equals(session.candidateId()) ? sessions.sharedWith(session.id()) : List.of();
    }

    /** Her veileder of today when that is not the session's veileder: whom she could share it with. */
    public Optional<UUID> laterVeileder(GuidanceSession session) {
        return rules.veilederOn(session.candidateId(), LocalDate.now(clock))
                .filter(veileder -> !veileder.equals(session.veilederId()));
    }

    /** One of the candidate's own sessions; to anyone else, even its veileder, it does not exist for this. */
    private GuidanceSession own(Actor candidate, UUID sessionId) {
        return sessions.find(sessionId).filter(found -> found.candidateId().equals(candidate.personId()))
                .orElseThrow(() -> new NotFoundException("Guidance session"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
