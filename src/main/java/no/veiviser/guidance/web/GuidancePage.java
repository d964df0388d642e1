package no.veiviser.guidance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.identity.Person;
import no.veiviser.shared.FormErrors;

/**
 * The guidance page of a candidate or a veileder: the sessions she is part of, the form to plan one,
 * and the hours held.
 *
 * @param sessions   all of them, for the hours and what waits to be finalised
 * @param shown      the page of them that is listed
 * @param candidates the veileder's candidates to plan with; empty for a candidate
 * @param groups     the candidate's guidance groups, with the hours she was present
 * @param diplomas   the diplomas she attached to her memberships
 * @param years      for the veileder: each candidate's guidance this year against what § 2 asks so far
 */
public record GuidancePage(List<GuidanceSession> sessions, no.veiviser.shared.Paged<GuidanceSession> shown,
                           Map<UUID, Person> people, List<Person> candidates,
                           PlanForm form, FormErrors errors, LocalDate today, String notice,
                           List<no.veiviser.guidance.HeldGroup> groups,
                           List<no.veiviser.guidance.GroupDiploma> diplomas,
                           Map<UUID, no.veiviser.requirements.GuidanceMonths.Year> years) {

    public boolean veileder() {
        return !candidates.isEmpty();
    }

    public String name(UUID personId) {
        Person person = people.get(personId);
        return person == null ? "" : person.displayName();
    }

    /** The diplomas attached to one membership. */
    public List<no.veiviser.guidance.GroupDiploma> diplomasOf(UUID membershipId) {
        return diplomas.stream().filter(diploma -> diploma.membershipId().equals(membershipId)).toList();
    }

    /** The candidate's guidance this year, or null when § 2's hours do not apply to her this year. */
    public no.veiviser.requirements.GuidanceMonths.Year yearOf(UUID candidateId) {
        return years.get(candidateId);
    }

    /** Planned sessions whose day has come: the veileder finalises them. */
    public List<GuidanceSession> toFinalise() {
        return sessions.stream().filter(session -> session.planned() && !session.heldOn().isAfter(today)).toList();
    }

    /** The hours of the sessions that count in a year (finalised, not replaced by a correction). */
    public BigDecimal heldIn(int year) {
        return GuidanceSession.counted(sessions).stream().filter(session -> session.heldOn().getYear() == year)
                .map(GuidanceSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The hours of one candidate's counted sessions with this veileder in a year. */
    public BigDecimal heldIn(UUID candidateId, int year) {
        return GuidanceSession.counted(sessions).stream().filter(session -> session.candidateId().equals(candidateId))
                .filter(session -> session.heldOn().getYear() == year)
                .map(GuidanceSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The message key of the session's status, "replaced" for one a finalised correction replaces. */
    public String statusKey(GuidanceSession session) {
        return StatusKeys.of(session, sessions);
    }
}
