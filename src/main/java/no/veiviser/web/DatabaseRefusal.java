package no.veiviser.web;

import java.sql.SQLException;
import java.util.Optional;
import no.veiviser.shared.ErrorCode;

/**
 * The last line behind the input checks: when the database itself refuses a value (a data exception,
 * SQLSTATE class 22, or a check, not-null or foreign-key constraint) the request was bad, not the
 * server, and answers 400; a unique constraint means someone got there first, 409. A rule that lets
 * such a value through is still a defect: it is logged, and the tests drive every field to the door.
 */
final class DatabaseRefusal {

    private DatabaseRefusal() {
    }

    static Optional<ErrorCode> of(Throwable error) {
        String state = sqlState(error);
        if (state == null) {
            return Optional.empty();
        }
        if (state.startsWith("22") || state.equals("23502") || state.equals("23503") || state.equals("23514")) {
            return Optional.of(ErrorCode.VALIDATION_FAILED);
        }
        return state.equals("23505") ? Optional.of(ErrorCode.CONFLICT) : Optional.empty();
    }

    /** The SQLSTATE only: the database's message may quote what was typed, which is no log's business. */
    static String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
