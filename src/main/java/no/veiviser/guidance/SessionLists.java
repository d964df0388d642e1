package no.veiviser.guidance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.internal.SessionListRepository;
import no.veiviser.guidance.internal.SessionListRepository.Whose;
import no.veiviser.identity.Actor;
import no.veiviser.shared.Paged;
import org.springframework.stereotype.Service;

/**
 * Sessions read many at a time, without their texts: a person's guidance list, and the hours that
 * count for several candidates. Each is a fixed number of statements however many sessions the
 * years bring.
 */
@Service
public class SessionLists {

    private final SessionListRepository sessions;
    private final GuidanceSessions guidance;
    private final Clock clock;

    SessionLists(SessionListRepository sessions, GuidanceSessions guidance, Clock clock) {
        this.sessions = sessions;
        this.guidance = guidance;
        this.clock = clock;
    }

    /**
     * The guidance list of a person: the candidate's own sessions, or a veileder's sessions with the
     * candidates she is veileder for today; one page of them, newest first (a page past the end is
     * the first), with the sessions of this calendar year that count. One statement however many
     * sessions the years bring.
     */
    public SessionList listOf(Actor actor, int number, int size) {
        Set<UUID> candidates = guidance.candidatesOf(actor);
        Whose whose = candidates.isEmpty() ? Whose.candidate(actor.personId())
                : Whose.veileder(actor.personId(), candidates);
        LocalDate today = LocalDate.now(clock);
        LocalDate newYear = today.withDayOfYear(1);
        LocalDate newYearsEve = today.withDayOfYear(today.lengthOfYear());
        int page = Math.max(1, number);
        SessionListRepository.SessionPage found = sessions.page(whose, today, Paged.offset(page, size), size,
                newYear, newYearsEve);
        if (found.rows().isEmpty() && page > 1) {
            page = 1;
            found = sessions.page(whose, today, 0, size, newYear, newYearsEve);
        }
        return new SessionList(candidates, new Paged<>(found.rows(), page, size, found.total()), found.replaced(),
                found.toFinalise(), found.counted());
    }

    /** {@link GuidanceSessions#held} of several candidates in a stretch of days, by candidate, in one query. */
    public Map<UUID, List<HeldSession>> heldOf(Collection<UUID> candidateIds, LocalDate from, LocalDate to) {
        Map<UUID, List<HeldSession>> held = new HashMap<>();
        if (!candidateIds.isEmpty()) {
            sessions.counted(Whose.candidates(candidateIds), from, to).forEach(session -> held
                    .computeIfAbsent(session.candidateId(), candidate -> new ArrayList<>())
                    .add(new HeldSession(session.heldOn(), session.hours())));
        }
        return held;
    }
}
