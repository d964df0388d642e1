package no.veiviser.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a submitted form, field by field, as message keys with arguments. Templates show
 * them in an error summary and next to their fields.
 */
public final class FormErrors {

    public record Error(String key, Object[] arguments) {
    }

    private final Map<String, Error> errors = new LinkedHashMap<>();

    public FormErrors reject(String field, String key, Object... arguments) {
        errors.putIfAbsent(field, new Error(key, arguments));
        return this;
    }

    /** The field's date could not be read: either it is not a date, or the day does not exist (31 February). */
    public FormErrors rejectDate(String field, String typed) {
        String nonexistent = TypedText.nonexistentDate(typed);
        return nonexistent == null ? reject(field, "form.date") : reject(field, "form.date.nonexistent", nonexistent);
    }

    public FormErrors reject(InvalidInputException e) {
        return reject(e.field(), e.messageKey(), e.arguments());
    }

    /** A refusal carried over a redirect, on its field. */
    public FormErrors reject(Refusal refusal) {
        return reject(refusal.field(), refusal.key(), refusal.arguments());
    }

    public FormErrors requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "form.required");
        }
        return this;
    }

    public FormErrors maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            reject(field, "form.tooLong", max);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public Error of(String field) {
        return errors.get(field);
    }

    public Map<String, Error> all() {
        return errors;
    }
}
