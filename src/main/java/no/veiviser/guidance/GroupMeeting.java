package no.veiviser.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting of a group: its day, its hours, and the members who were present. A correction names the
 * meeting it corrects and why; a meeting a correction replaced no longer counts.
 */
public record GroupMeeting(UUID id, UUID groupId, LocalDate heldOn, BigDecimal hours, Set<UUID> present,
                           Set<UUID> absent, UUID corrects, String correctionReason, boolean replaced) {
}
