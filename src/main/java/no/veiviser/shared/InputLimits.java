package no.veiviser.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * What any field may hold before it reaches a rule: text without control characters (PostgreSQL
 * cannot store NUL, and no person types the others) and not longer than {@value #LONGEST_TEXT}
 * characters, dates between the years {@value #EARLIEST_YEAR} and {@value #LATEST_YEAR}. The JSON API,
 * form parameters and file names are held to these at the door (web); each rule then checks what
 * makes sense for its own field.
 */
public final class InputLimits {

    /** Room for a long justification or minutes; a pasted book is refused. */
    public static final int LONGEST_TEXT = 20_000;
    /** Names of people, places, employers, courses and files. */
    public static final int LONGEST_NAME = 200;
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2199;

    private InputLimits() {
    }

    /** What the messages about these limits are given, after the field: the longest text and the years. */
    public static Object[] messageArguments(String field) {
        return new Object[] {field, LONGEST_TEXT, EARLIEST_YEAR, LATEST_YEAR};
    }

    /** The message key of what is wrong with a text, or null when it may be stored. */
    public static String problemWithText(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > LONGEST_TEXT) {
            return "input.tooLong";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "input.controlCharacter";
            }
        }
        return null;
    }

    /** True for a date, date-time or instant in the years a record can cover. */
    public static boolean plausibleYear(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            value = instant.atOffset(ZoneOffset.UTC);
        }
        if (value == null || !value.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = value.get(ChronoField.YEAR);
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }
}
