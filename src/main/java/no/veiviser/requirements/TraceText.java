package no.veiviser.requirements;

import java.time.LocalDate;

/**
 * Dates and ranges as ISO 8601 ({@code 2024-03-01…2024-06-30}) for {@link DateRange#toString} and
 * messages about the input, written straight into one buffer. What people read is a {@link Text}.
 */
final class TraceText {

    private TraceText() {
    }

    static String date(LocalDate date) {
        return date(new StringBuilder(10), date).toString();
    }

    static String range(LocalDate from, LocalDate to) {
        return date(date(new StringBuilder(21), from).append('…'), to).toString();
    }

    static StringBuilder date(StringBuilder text, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return text.append(date);
        }
        text.append(year).append('-');
        return twoDigits(twoDigits(text, date.getMonthValue()).append('-'), date.getDayOfMonth());
    }


    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
