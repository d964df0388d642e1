package no.veiviser.requirements;

/** What {@code have} and {@code need} count. */
public enum Unit { MONTHS, COUNT, HOURS, DAYS }
