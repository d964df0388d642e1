package no.veiviser.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A course in the course catalog and the goals it covers.
 *
 * @param hours the course's hours where fixed (clinical topic courses count only from 15 hours)
 */
public record Course(UUID id, String code, String name, CourseKind kind, BigDecimal hours, List<String> goalCodes,
                     String source) {

    public Course {
        goalCodes = goalCodes == null ? List.of() : List.copyOf(goalCodes);
    }
}
