package no.veiviser.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A finalised session as the guidance requirement counts it: its day and its hours. */
public record HeldSession(LocalDate heldOn, BigDecimal hours) {
}
