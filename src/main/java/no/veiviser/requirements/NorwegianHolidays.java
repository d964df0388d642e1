package no.veiviser.requirements;

import java.time.LocalDate;

/**
 * Norway's public holidays (helligdager and 1 and 17 May; lov om helligdager og helligdagsfred § 2 and
 * lov om 1. og 17. mai som høgtidsdagar): New Year's Day, Maundy Thursday, Good Friday, Easter Sunday
 * and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day.
 */
final class NorwegianHolidays {

    private NorwegianHolidays() {
    }

    /**
     * Whether the day is a public holiday: the fixed ones by date, the Easter-based ones by their
     * distance from Easter Sunday (Maundy Thursday −3, Good Friday −2, Easter Sunday 0 and Monday 1,
     * Ascension 39, Whit Sunday 49 and Monday 50). Plain integer arithmetic: an on-call evaluation asks
     * this for every day of every shift.
     */
    static boolean isHoliday(LocalDate day) {
        int month = day.getMonthValue();
        int date = day.getDayOfMonth();
        if (month == 1 && date == 1 || month == 5 && (date == 1 || date == 17) || month == 12 && (date == 25 || date == 26)) {
            return true;
        }
        int fromEaster = day.getDayOfYear() - easterSunday(day.getYear()).getDayOfYear();
        return fromEaster == -3 || fromEaster == -2 || fromEaster == 0 || fromEaster == 1 || fromEaster == 39
                || fromEaster == 49 || fromEaster == 50;
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
