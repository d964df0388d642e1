package no.veiviser.requirements;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Norway's public holidays (helligdager and 1 and 17 May; lov om helligdager og helligdagsfred § 2 and
 * lov om 1. og 17. mai som høgtidsdagar): New Year's Day, Maundy Thursday, Good Friday, Easter Sunday
 * and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
 */
final class NorwegianHolidays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 17),
            MonthDay.of(12, 25), MonthDay.of(12, 26));
    private static final Set<Integer> DAYS_FROM_EASTER = Set.of(-3, -2, 0, 1, 39, 49, 50);

    private NorwegianHolidays() {
    }

    /** Easter Sunday's day of the year, by year; computed once per year asked. */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, Integer> EASTER_DAY_OF_YEAR =
            new java.util.concurrent.ConcurrentHashMap<>();

    static boolean isHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.of(day.getMonthValue(), day.getDayOfMonth()))) {
            return true;
        }
        int easter = EASTER_DAY_OF_YEAR.computeIfAbsent(day.getYear(), year -> easterSunday(year).getDayOfYear());
        return DAYS_FROM_EASTER.contains(day.getDayOfYear() - easter);
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
