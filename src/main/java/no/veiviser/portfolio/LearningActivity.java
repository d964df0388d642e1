package no.veiviser.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A learning activity.
 *
 * @param shiftStart the start of an on-call shift (null for other types)
 * @param hours      the hours of a course or e-learning, where given
 */
public record LearningActivity(UUID id, UUID candidateId, ActivityType type, String description, LocalDate performedOn,
                               OffsetDateTime shiftStart, OffsetDateTime shiftEnd, String place, BigDecimal hours,
                               List<String> goalCodes, ActivityStatus status) {

    public LearningActivity {
        goalCodes = List.copyOf(goalCodes);
    }

    public boolean canBeSent() {
        return status == ActivityStatus.DRAFT || status == ActivityStatus.REJECTED;
    }
}
