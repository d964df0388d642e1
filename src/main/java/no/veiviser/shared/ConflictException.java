package no.veiviser.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else changed the thing first; nothing was overwritten. Carries the thing as it is now, so
 * the API can answer 409 with the current state and the caller can decide again.
 */
public class ConflictException extends OptimisticLockingFailureException {

    private final transient Object current;

    public ConflictException(String message, Object current) {
        super(message);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
