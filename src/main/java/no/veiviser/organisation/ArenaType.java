package no.veiviser.organisation;

/** The kinds of learning arena a municipality's general education plan describes. */
public enum ArenaType {
    OPEN_UNSELECTED_PRACTICE,
    OUT_OF_HOURS_SERVICE,
    NURSING_HOME,
    HEALTH_STATION,
    INFECTION_CONTROL,
    INSTITUTION_SERVICE,
    MEETING_ARENA,
    EXTERNAL
}
