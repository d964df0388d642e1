package no.veiviser.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * The one way a form reads what was typed into a field: dates, times, numbers, ids and choices. What
 * is blank or cannot be read is null, and the form says why.
 */
public final class TypedText {

    private TypedText() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static UUID uuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A calendar year of four digits, as a link to one year of a list gives it. */
    public static Integer year(String value) {
        return blank(value) || !value.trim().matches("\\d{4}") ? null : Integer.valueOf(value.trim());
    }

    /** A number, with a decimal comma or point; one with more than 12 digits or decimals is not read. */
    public static BigDecimal number(String value) {
        try {
            BigDecimal number = blank(value) ? null : new BigDecimal(value.trim().replace(',', '.'));
            return number == null || number.precision() - number.scale() <= 12 && number.scale() <= 12 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A date as the browser's date field sends it (yyyy-mm-dd); 31 February and the like are null, and
     * so is a year outside {@link InputLimits}.
     */
    public static LocalDate date(String value) {
        try {
            LocalDate date = blank(value) ? null : LocalDate.parse(value.trim());
            return InputLimits.plausibleYear(date) ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A typed date in the right form for a day that does not exist (2026-02-31, 2026-13-01), written
     * as a Norwegian reads it ("31.02.2026"); null when the text is a real date or not in that form.
     */
    public static String nonexistentDate(String value) {
        if (blank(value) || !value.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        String[] parts = value.trim().split("-");
        try {
            LocalDate.parse(value.trim());
            return null;
        } catch (DateTimeParseException e) {
            return parts[2] + "." + parts[1] + "." + parts[0];
        }
    }

    /** A local date and time as the browser's datetime-local field sends it; the same years. */
    public static LocalDateTime dateTime(String value) {
        try {
            LocalDateTime dateTime = blank(value) ? null : LocalDateTime.parse(value.trim());
            return InputLimits.plausibleYear(dateTime) ? dateTime : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time of day as the browser's time field sends it (hh:mm), or null. */
    public static java.time.LocalTime time(String value) {
        try {
            return blank(value) ? null : java.time.LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One of the enum's constants by its exact name, or null. */
    public static <E extends Enum<E>> E value(E[] values, String name) {
        return Arrays.stream(values).filter(candidate -> candidate.name().equals(name)).findFirst().orElse(null);
    }
}
