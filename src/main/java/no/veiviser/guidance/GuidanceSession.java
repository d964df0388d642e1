package no.veiviser.guidance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A guidance session as everyone who may see it sees it: when, how long, where, who, which goals and
 * where it stands. Its private text is not part of it ({@link SessionText}).
 *
 * @param corrects         the finalised session this one corrects, or null
 * @param correctionReason why, when it corrects one
 */
public record GuidanceSession(UUID id, UUID candidateId, UUID veilederId, LocalDate heldOn, LocalTime startsAt,
                              LocalTime endsAt, SessionMode mode, String place, List<String> goalCodes,
                              SessionStatus status, int version, UUID corrects, String correctionReason) {

    public GuidanceSession {
        goalCodes = List.copyOf(goalCodes);
    }

    /** The session's length in hours, to two decimals (1 h 30 min is 1.50). */
    public BigDecimal hours() {
        long minutes = Duration.between(startsAt, endsAt).toMinutes();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** Whether the person is one of the two people of the session. */
    public boolean hasParty(UUID personId) {
        return candidateId.equals(personId) || veilederId.equals(personId);
    }

    public boolean planned() {
        return status == SessionStatus.PLANNED;
    }

    /** The sessions of the list that a finalised correction replaces: they no longer count. */
    public static Set<UUID> replaced(List<GuidanceSession> sessions) {
        return sessions.stream().filter(session -> session.corrects() != null
                        && session.status() == SessionStatus.FINALISED)
                .map(GuidanceSession::corrects).collect(Collectors.toSet());
    }

    /** The finalised sessions of the list that count: those no finalised correction replaces. */
    public static List<GuidanceSession> counted(List<GuidanceSession> sessions) {
        Set<UUID> replaced = replaced(sessions);
        return sessions.stream().filter(session -> session.status() == SessionStatus.FINALISED
                && !replaced.contains(session.id())).toList();
    }
}
