package no.veiviser.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.math.BigDecimal;
import no.veiviser.guidance.GuidanceGroups;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.guidance.GuidanceSessions;
import no.veiviser.guidance.NewSession;
import no.veiviser.guidance.SessionMode;
import no.veiviser.guidance.TextKind;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Role;
import no.veiviser.programme.Enrolments;

/**
 * Guidance for the demo ALIS, through the same service as in the application: two sessions of 1¾
 * hours a month from her start (3.5 hours, what § 2 asks of full-time service), one of them left out
 * every fifth month so that some months fall short; the last held session waits for the veileder to
 * finalise it, and one is planned next week. Only the latest sessions have preparation and minutes.
 * Marte, who has completed everything, has two sessions of two hours every month.
 */
class DemoGuidance {

    private static final LocalTime START = LocalTime.of(14, 0);
    /** 1¾ hours: two a month are 3.5 hours, what § 2 asks of full-time service. */
    private static final LocalTime END = LocalTime.of(15, 45);
    /** Two hours: two a month are more than § 2 asks, for the candidate who has completed everything. */
    private static final LocalTime LONGER_END = LocalTime.of(16, 0);

    private final GuidanceSessions guidance;
    private final GuidanceGroups groups;
    private final Enrolments enrolments;

    DemoGuidance(GuidanceSessions guidance, GuidanceGroups groups, Enrolments enrolments) {
        this.guidance = guidance;
        this.groups = groups;
        this.enrolments = enrolments;
    }

    /** Two groups: Emma's, over after two years, and Sindre's, under way. */
    void loadGroups(Map<String, UUID> ids, UUID organisationId, LocalDate today, String head, String emma,
                    String sindre) {
        Actor keeper = actor(ids.get(head), organisationId, Role.DEPARTMENT_HEAD);
        LocalDate emmaFrom = enrolments.of(ids.get(emma)).get(0).startDate().plusMonths(6);
        group(keeper, actor(ids.get("per.aasen"), organisationId, Role.SUPERVISOR), "Veiledningsgruppe Drammen vest",
                ids.get(emma), emmaFrom, emmaFrom.plusMonths(24).minusDays(1), today, Set.of());
        LocalDate sindreFrom = enrolments.of(ids.get(sindre)).get(0).startDate().plusMonths(3);
        group(keeper, actor(ids.get("line.moen"), organisationId, Role.SUPERVISOR), "Veiledningsgruppe Drammen sentrum",
                ids.get(sindre), sindreFrom, null, today, Set.of(2, 5));
    }

    /** Marte's group: 25 months of monthly five-hour meetings from three months after her start, over. */
    void loadCompletedGroup(Map<String, UUID> ids, UUID organisationId, LocalDate today, String head, String member) {
        LocalDate from = enrolments.of(ids.get(member)).get(0).startDate().plusMonths(3);
        group(actor(ids.get(head), organisationId, Role.DEPARTMENT_HEAD),
                actor(ids.get("jon.bakke"), organisationId, Role.SUPERVISOR), "Veiledningsgruppe Drammen nord",
                ids.get(member), from, from.plusMonths(25).minusDays(1), today, Set.of());
    }

    /** A group with one member who meets monthly for five hours; the meetings numbered in {@code missed} she missed. */
    private void group(Actor keeper, Actor leader, String name, UUID member, LocalDate from, LocalDate to,
                       LocalDate today, Set<Integer> missed) {
        var group = groups.create(keeper, name, "Legeforeningen");
        groups.addLeader(keeper, group.id(), leader.personId());
        groups.addMember(keeper, group.id(), member, from);
        List<LocalDate> meetings = meetingDays(from, to == null || to.isAfter(today) ? today : to);
        for (int number = 1; number <= meetings.size(); number++) {
            groups.recordMeeting(leader, group.id(), meetings.get(number - 1), BigDecimal.valueOf(5),
                    missed.contains(number) ? Set.of() : Set.of(member));
        }
        if (to != null && !to.isAfter(today)) {
            groups.endMember(keeper, group.id(), groups.record(keeper, group.id()).members().get(0).id(), to);
        }
    }

    /** @param pairs each candidate's username with her veileder's */
    void load(Map<String, UUID> ids, UUID organisationId, LocalDate today, Map<String, String> pairs) {
        pairs.forEach((candidate, veileder) -> load(actor(ids.get(candidate), organisationId, Role.CANDIDATE),
                actor(ids.get(veileder), organisationId, Role.VEILEDER), today, END, true));
    }

    /** Two sessions of two hours every month, none left out. */
    void loadEveryMonth(Map<String, UUID> ids, UUID organisationId, LocalDate today, String candidate, String veileder) {
        load(actor(ids.get(candidate), organisationId, Role.CANDIDATE), actor(ids.get(veileder), organisationId,
                Role.VEILEDER), today, LONGER_END, false);
    }

    private void load(Actor candidate, Actor veileder, LocalDate today, LocalTime end, boolean someMonthsShort) {
        LocalDate start = enrolments.of(candidate.personId()).get(0).startDate();
        List<LocalDate> days = start.withDayOfMonth(1).datesUntil(today, java.time.Period.ofMonths(1))
                .flatMap(month -> java.util.stream.Stream.of(weekday(month.withDayOfMonth(8)),
                        weekday(month.withDayOfMonth(22))))
                .filter(day -> !day.isBefore(start) && !day.isAfter(today))
                .filter(day -> !someMonthsShort || day.getDayOfMonth() < 15 || day.getMonthValue() % 5 != 0)
                .toList();
        for (int index = 0; index < days.size(); index++) {
            boolean last = index == days.size() - 1;
            GuidanceSession session = guidance.plan(candidate, new NewSession(null, days.get(index),
                    START, end, index % 3 == 2 ? SessionMode.VIDEO : SessionMode.IN_PERSON, null));
            if (index >= days.size() - 3) {
                write(candidate, veileder, session);
            }
            if (!last) {
                guidance.finalise(veileder, session.id());
            }
        }
        guidance.plan(candidate, new NewSession(null, weekday(today.plusWeeks(1)), START, end, SessionMode.IN_PERSON,
                "Legekontoret"));
    }

    private void write(Actor candidate, Actor veileder, GuidanceSession session) {
        guidance.write(candidate, session.id(), TextKind.CANDIDATE_PREPARATION,
                "Jeg vil ta opp en konsultasjon som ble vanskelig, og hva jeg bør lese før neste vakt.", -1);
        guidance.write(veileder, session.id(), TextKind.VEILEDER_PREPARATION,
                "Gå gjennom fremdriften mot læringsmålene og avtal neste felleskonsultasjon.", -1);
        guidance.write(candidate, session.id(), TextKind.MINUTES,
                "Vi snakket om konsultasjonen og hvordan den kunne vært lagt opp. Avtalt: lese om temaet og ta det "
                        + "opp med supervisør i neste felleskonsultasjon.", -1);
    }

    /**
     * A group's monthly meetings from a fortnight after its start until {@code last}, each on a
     * weekday. A meeting whose day is a Sunday moves to the Monday, so it is left out when that Monday
     * is after {@code last}: a meeting may not lie in the future.
     */
    static List<LocalDate> meetingDays(LocalDate from, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from.plusDays(14); !day.isAfter(last); day = day.plusMonths(1)) {
            LocalDate meeting = weekday(day);
            if (!meeting.isAfter(last)) {
                days.add(meeting);
            }
        }
        return days;
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    private static Actor actor(UUID id, UUID organisationId, Role role) {
        return new Actor(id, organisationId, Set.of(role));
    }
}
