package no.veiviser.shared;

import java.io.Serializable;

/**
 * A refusal to show on the next page: its message key, the arguments the message needs, and the
 * field it concerns (or null). Kept in the flash between a form's POST and the page it redirects to.
 */
public record Refusal(String key, Object[] arguments, String field) implements Serializable {

    public Refusal {
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static Refusal of(String key, Object... arguments) {
        return new Refusal(key, arguments, null);
    }

    public static Refusal of(InvalidInputException refused) {
        return new Refusal(refused.messageKey(), refused.arguments(), refused.field());
    }
}
