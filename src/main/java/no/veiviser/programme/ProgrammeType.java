package no.veiviser.programme;

/** LIS1 (the six municipal months of part 1), ALIS (allmennmedisin, part 3) or SamLIS (samfunnsmedisin). */
public enum ProgrammeType {
    LIS1,
    ALIS,
    SAMLIS
}
