package no.veiviser.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A meeting of a group: its day, its hours, and the members who were present. */
public record GroupMeeting(UUID id, UUID groupId, LocalDate heldOn, BigDecimal hours, Set<UUID> present,
                           Set<UUID> absent) {
}
