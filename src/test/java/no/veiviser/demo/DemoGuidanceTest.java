package no.veiviser.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's guidance groups meet monthly on a weekday, and never after the day the demo is loaded. */
class DemoGuidanceTest {

    @Test
    void aMeetingThatASundayMovesToTomorrowIsNotRecordedYet() {
        // Sunday 15 August 2027; the 15th of May is a Saturday (met on Friday the 14th).
        assertThat(DemoGuidance.meetingDays(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 8, 15)))
                .containsExactly(LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 15), LocalDate.of(2027, 7, 15));
        assertThat(DemoGuidance.meetingDays(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 8, 16)))
                .endsWith(LocalDate.of(2027, 8, 16));
    }

    @Test
    void onEveryDayOfSevenYearsEveryMeetingIsAWeekdayNotAfterTheLastDayAboutAMonthApart() {
        for (LocalDate last = LocalDate.of(2026, 1, 1); last.getYear() < 2033; last = last.plusDays(1)) {
            for (LocalDate from : List.of(last.withDayOfMonth(1).minusMonths(30), last.minusMonths(7).minusDays(3))) {
                List<LocalDate> meetings = DemoGuidance.meetingDays(from, last);
                LocalDate end = last;
                assertThat(meetings).as("from %s until %s", from, last)
                        .allMatch(day -> !day.isAfter(end) && day.isAfter(from))
                        .noneMatch(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                        .isSorted();
                for (int index = 1; index < meetings.size(); index++) {
                    assertThat(meetings.get(index - 1).plusDays(26)).as("from %s until %s", from, last)
                            .isBeforeOrEqualTo(meetings.get(index));
                }
                assertThat(meetings.size()).as("from %s until %s", from, last)
                        .isBetween(monthlyDaysUntil(from, last) - 1, monthlyDaysUntil(from, last));
            }
        }
    }

    /** How many days a fortnight after the start, month by month, are on or before the last day. */
    private static int monthlyDaysUntil(LocalDate from, LocalDate last) {
        int count = 0;
        for (LocalDate day = from.plusDays(14); !day.isAfter(last); day = day.plusMonths(1)) {
            count++;
        }
        return count;
    }
}
