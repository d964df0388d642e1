package no.veiviser.shared;

import java.time.Duration;

/**
 * Limits on what can plausibly be entered, checked where it is entered so that a slip of the keyboard
 * is caught with a message saying what was expected, not counted. They are parameters of Veiviser,
 * not rules of the regulation (dated 2026-12-01).
 */
public final class Plausibility {

    /** A legevakt shift or any other shift lasts at most a day. */
    public static final Duration LONGEST_SHIFT = Duration.ofHours(24);

    /** A programme is enrolled at most a year before it starts. */
    public static final java.time.Period LONGEST_ENROLMENT_AHEAD = java.time.Period.ofYears(1);

    /** No programme Veiviser holds started before the specialist education of 2000 or so; older is a typing slip. */
    public static final java.time.LocalDate EARLIEST_PROGRAMME_START = java.time.LocalDate.of(2000, 1, 1);

    private Plausibility() {
    }

    /** Whether a shift from start to end is no longer than {@link #LONGEST_SHIFT}. */
    public static boolean plausibleShift(java.time.temporal.Temporal start, java.time.temporal.Temporal end) {
        return Duration.between(start, end).compareTo(LONGEST_SHIFT) <= 0;
    }
}
