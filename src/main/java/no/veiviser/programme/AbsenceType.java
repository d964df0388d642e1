package no.veiviser.programme;

/** Why a candidate was away; whether it counts as service is the rules' decision, not this type's. */
public enum AbsenceType {
    HOLIDAY,
    COURSE,
    SICK_LEAVE,
    PARENTAL_LEAVE,
    LEAVE_OF_ABSENCE,
    /** Absence caused by the covid-19 outbreak (§ 31: not deducted in part 1 from 17 June 2020). */
    COVID19
}
