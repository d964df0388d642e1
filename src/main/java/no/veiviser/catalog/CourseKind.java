package no.veiviser.catalog;

/** What kind of course it is; the requirements count some kinds. */
public enum CourseKind {
    /** Grunnkurs A, B, C and D. */
    BASIC,
    /** Kurs i akuttmedisin. */
    ACUTE_MEDICINE,
    /** Kliniske emnekurs (topic and hours). */
    CLINICAL_TOPIC,
    /** Courses for the common competence goals (FKM). */
    COMMON_COMPETENCE,
    OTHER
}
