package no.veiviser.requirements;

/** The input breaks a rule of its own shape; {@code field} names it with its index, e.g. {@code servicePeriods[2].to}. */
public class InvalidReadinessInput extends RuntimeException {

    private final String field;

    public InvalidReadinessInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
