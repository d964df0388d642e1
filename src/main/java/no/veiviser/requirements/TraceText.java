package no.veiviser.requirements;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The texts of trace items, written straight into one buffer: a five-year record has some 700 of
 * them, and building each through {@code toString} and concatenation was most of an evaluation's
 * cost (docs/benchmarks.md). Dates as ISO 8601 ({@code 2024-03-01}), times to the minute.
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

    static String shift(LocalDateTime start, LocalDateTime end) {
        return dateTime(dateTime(new StringBuilder(33), start).append('–'), end).toString();
    }

    static StringBuilder date(StringBuilder text, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return text.append(date);
        }
        text.append(year).append('-');
        return twoDigits(twoDigits(text, date.getMonthValue()).append('-'), date.getDayOfMonth());
    }

    private static StringBuilder dateTime(StringBuilder text, LocalDateTime time) {
        date(text, time.toLocalDate()).append('T');
        return twoDigits(twoDigits(text, time.getHour()).append(':'), time.getMinute());
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
