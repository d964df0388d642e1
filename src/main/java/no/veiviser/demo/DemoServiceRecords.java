package no.veiviser.demo;

import static no.veiviser.demo.DemoCast.ALIS_COMPLETED;
import static no.veiviser.demo.DemoCast.ALIS_CONVERTED;
import static no.veiviser.demo.DemoCast.ALIS_FOUR_AND_A_HALF_YEARS;
import static no.veiviser.demo.DemoCast.ALIS_JUST_STARTED;
import static no.veiviser.demo.DemoCast.ALIS_TWO_YEARS;
import static no.veiviser.demo.DemoCast.DEPARTMENT_HEAD_PERSON;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Role;
import no.veiviser.programme.AbsenceType;
import no.veiviser.programme.NewServiceRecord;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.programme.ServiceRecords;

/**
 * The demo ALIS's service, so that their readiness pages show something true to their story: Emma's
 * four and a half years at 80 % with six months at Drammen helsehus, holidays, a sick leave and 36
 * legevakt shifts; Sindre's two years in open practice; Ole's service since before the conversion;
 * Marte's five years and three months, with 42 shifts; Nora's first period, reported and waiting for
 * the department head. Reported as the candidate and confirmed as the department head, through the
 * same service as in the application.
 */
class DemoServiceRecords {

    /** Marte started five years and three months ago and has completed everything. */
    static final int COMPLETED_MONTHS = 63;

    private static final BigDecimal FULL_TIME = BigDecimal.valueOf(100);
    private static final String PRACTICE = "Bragernes legesenter";

    private final ServiceRecords serviceRecords;

    DemoServiceRecords(ServiceRecords serviceRecords) {
        this.serviceRecords = serviceRecords;
    }

    void load(Map<String, UUID> ids, UUID organisationId, LocalDate today) {
        Actor head = person(ids.get(DEPARTMENT_HEAD_PERSON.username()), organisationId, Role.DEPARTMENT_HEAD);
        LocalDate thisMonth = today.withDayOfMonth(1);

        Actor emma = candidate(ids, ALIS_FOUR_AND_A_HALF_YEARS, organisationId);
        LocalDate emmaStart = thisMonth.minusMonths(54);
        BigDecimal eighty = BigDecimal.valueOf(80);
        confirmed(head, emma, period(emmaStart, emmaStart.plusMonths(36), ServiceCategory.OPEN_PRACTICE, eighty, PRACTICE));
        confirmed(head, emma, period(emmaStart.plusMonths(36), emmaStart.plusMonths(42), ServiceCategory.INSTITUTION,
                FULL_TIME, "Drammen helsehus"));
        confirmed(head, emma, period(emmaStart.plusMonths(42), emmaStart.plusMonths(66), ServiceCategory.OPEN_PRACTICE,
                eighty, PRACTICE));
        for (int year = emmaStart.getYear(); year < today.getYear(); year++) {
            if (LocalDate.of(year, 7, 1).isBefore(emmaStart)) {
                continue;
            }
            confirmed(head, emma, NewServiceRecord.absence(LocalDate.of(year, 7, 1), LocalDate.of(year, 7, 21),
                    AbsenceType.HOLIDAY));
        }
        LocalDate sick = emmaStart.plusMonths(20);
        confirmed(head, emma, NewServiceRecord.absence(sick, sick.plusDays(13), AbsenceType.SICK_LEAVE));
        shifts(head, emma, emmaStart, 36, today);

        Actor sindre = candidate(ids, ALIS_TWO_YEARS, organisationId);
        LocalDate sindreStart = thisMonth.minusYears(2);
        confirmed(head, sindre, period(sindreStart, sindreStart.plusYears(5), ServiceCategory.OPEN_PRACTICE, FULL_TIME,
                PRACTICE));
        shifts(head, sindre, sindreStart, 12, today);
        LocalDateTime lastWeekend = today.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))
                .atTime(9, 0);
        serviceRecords.report(sindre, NewServiceRecord.onCallShift(lastWeekend, lastWeekend.plusHours(8)));

        Actor ole = candidate(ids, ALIS_CONVERTED, organisationId);
        confirmed(head, ole, period(LocalDate.of(2018, 9, 1), LocalDate.of(2023, 9, 1), ServiceCategory.OPEN_PRACTICE,
                FULL_TIME, PRACTICE));
        confirmed(head, ole, period(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 3, 1), ServiceCategory.INSTITUTION,
                FULL_TIME, "Drammen helsehus"));

        Actor marte = candidate(ids, ALIS_COMPLETED, organisationId);
        LocalDate marteStart = thisMonth.minusMonths(COMPLETED_MONTHS);
        confirmed(head, marte, period(marteStart, marteStart.plusMonths(48), ServiceCategory.OPEN_PRACTICE, FULL_TIME,
                PRACTICE));
        confirmed(head, marte, period(marteStart.plusMonths(48), marteStart.plusMonths(54), ServiceCategory.INSTITUTION,
                FULL_TIME, "Drammen helsehus"));
        confirmed(head, marte, period(marteStart.plusMonths(54), thisMonth, ServiceCategory.OPEN_PRACTICE, FULL_TIME,
                PRACTICE));
        shifts(head, marte, marteStart, 42, today);

        Actor nora = candidate(ids, ALIS_JUST_STARTED, organisationId);
        serviceRecords.report(nora, period(thisMonth.minusMonths(2), thisMonth.plusYears(5).minusMonths(2),
                ServiceCategory.OPEN_PRACTICE, FULL_TIME, PRACTICE));
    }

    /** A period from its first day up to (not including) {@code until}. */
    private static NewServiceRecord period(LocalDate from, LocalDate until, ServiceCategory category, BigDecimal share,
                                           String employer) {
        return NewServiceRecord.period(from, until.minusDays(1), category, share, false, employer, null);
    }

    /** Friday evening shifts, 16:00 to midnight, every sixth week from the start, as long as they are over. */
    private void shifts(Actor head, Actor candidate, LocalDate start, int count, LocalDate today) {
        LocalDate friday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        for (int shift = 0; shift < count && friday.plusDays(1).isBefore(today); shift++, friday = friday.plusWeeks(6)) {
            confirmed(head, candidate, NewServiceRecord.onCallShift(friday.atTime(16, 0), friday.plusDays(1).atStartOfDay()));
        }
    }

    private void confirmed(Actor head, Actor candidate, NewServiceRecord record) {
        serviceRecords.confirm(head, serviceRecords.report(candidate, record).id());
    }

    private static Actor candidate(Map<String, UUID> ids, DemoPerson person, UUID organisationId) {
        return person(ids.get(person.username()), organisationId, Role.CANDIDATE);
    }

    private static Actor person(UUID id, UUID organisationId, Role role) {
        return new Actor(id, organisationId, Set.of(role));
    }
}
