package no.veiviser.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What a candidate records. */
public record NewActivity(ActivityType type, String description, LocalDate performedOn, OffsetDateTime shiftStart,
                          OffsetDateTime shiftEnd, String place, BigDecimal hours, List<String> goalCodes) {
}
