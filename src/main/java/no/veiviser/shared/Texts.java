package no.veiviser.shared;

/** Small rules for text typed by users. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when nothing but blanks was typed: an empty field means "not given". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
