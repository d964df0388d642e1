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

    /**
     * One registered absence lasts at most two years: parental leave with unpaid leave added reaches
     * about that; a longer span is almost always a wrong year. A longer absence is registered in parts.
     */
    public static final java.time.Period LONGEST_ABSENCE = java.time.Period.ofYears(2);

    /** A guidance session lasts at most a working day; longer is a typing slip in the times. */
    public static final Duration LONGEST_GUIDANCE_SESSION = Duration.ofHours(8);

    private Plausibility() {
    }

    /** Whether an absence from the first to the last day (inclusive) is no longer than {@link #LONGEST_ABSENCE}. */
    public static boolean plausibleAbsence(java.time.LocalDate first, java.time.LocalDate last) {
        return last.isBefore(first.plus(LONGEST_ABSENCE));
    }

    /** Whether a shift from start to end is no longer than {@link #LONGEST_SHIFT}. */
    public static boolean plausibleShift(java.time.temporal.Temporal start, java.time.temporal.Temporal end) {
        return Duration.between(start, end).compareTo(LONGEST_SHIFT) <= 0;
    }
}
