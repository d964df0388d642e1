package no.veiviser.guidance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.veiviser.shared.Paged;

/**
 * What the guidance list shows of a person's sessions ({@link SessionLists#listOf}): one page of
 * them, and what it says of all of them.
 *
 * @param candidates      for a veileder, the candidates she is veileder for today, whose sessions
 *                        with her are listed; empty for a candidate
 * @param shown           the page, newest first
 * @param replaced        the sessions of the page that a finalised correction replaces
 * @param toFinalise      planned sessions whose day has come: the veileder finalises them
 * @param countedThisYear the sessions of this calendar year that count (finalised, not replaced)
 */
public record SessionList(Set<UUID> candidates, Paged<GuidanceSession> shown, Set<UUID> replaced, long toFinalise,
                          List<GuidanceSession> countedThisYear) {

    public SessionList {
        candidates = Set.copyOf(candidates);
        replaced = Set.copyOf(replaced);
        countedThisYear = List.copyOf(countedThisYear);
    }

    public boolean isEmpty() {
        return shown.total() == 0;
    }

    /** The hours of this year's counted sessions. */
    public BigDecimal heldThisYear() {
        return countedThisYear.stream().map(GuidanceSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The hours of one candidate's counted sessions this year. */
    public BigDecimal heldThisYear(UUID candidateId) {
        return countedThisYear.stream().filter(session -> session.candidateId().equals(candidateId))
                .map(GuidanceSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
