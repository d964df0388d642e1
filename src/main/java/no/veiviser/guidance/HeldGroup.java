package no.veiviser.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A candidate's membership as the group requirements count it: the group's name, her period (to is
 * null while it lasts) and the hours of the meetings she was present at.
 */
public record HeldGroup(String name, LocalDate from, LocalDate to, BigDecimal hours) {
}
