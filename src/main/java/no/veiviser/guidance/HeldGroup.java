package no.veiviser.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A candidate's membership as the group requirements count it: the group, her period (to is null
 * while it lasts) and the hours of the meetings she was present at.
 */
public record HeldGroup(UUID membershipId, UUID groupId, String name, String organiser, LocalDate from, LocalDate to,
                        BigDecimal hours) {
}
