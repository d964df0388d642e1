package no.veiviser.programme.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;

/** Reading what was typed into a form field; what cannot be read is null, and the form says why. */
final class TypedText {

    private TypedText() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static UUID uuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A number, with a decimal comma or point. */
    static BigDecimal number(String value) {
        try {
            return blank(value) ? null : new BigDecimal(value.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E value(E[] values, String name) {
        return Arrays.stream(values).filter(candidate -> candidate.name().equals(name)).findFirst().orElse(null);
    }
}
