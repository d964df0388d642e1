package no.veiviser.programme;

/**
 * What kind of service a period is, as the requirements count it (§ 31 and the Drammen plan's
 * reading of it; docs/rules/ALIS-SERVICE-TIME.md).
 */
public enum ServiceCategory {
    /** Open unselected practice (åpen uselektert praksis): fastlege, locum in a list. */
    OPEN_PRACTICE,
    /** Other general-practice service: legevakt, nursing home, health station. */
    OTHER_GP_SERVICE,
    /** Institution service (ALM-055/085). */
    INSTITUTION,
    /** Service in another specialty. */
    OTHER_SPECIALTY,
    RESEARCH,
    COMMUNITY_MEDICINE,
    /** The municipal part of LIS1. */
    MUNICIPAL_LIS1
}
