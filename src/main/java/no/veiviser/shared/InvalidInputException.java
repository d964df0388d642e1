package no.veiviser.shared;

/**
 * Input that breaks a rule only the application can check (a name already taken, a goal code that
 * does not exist). Nothing was changed. The message key and arguments name the problem for the user;
 * {@code field} says which form field it belongs to.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
