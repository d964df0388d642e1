package no.veiviser.programme;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a department head should look at twice before confirming a reported record: a period in a
 * category her programme does not count (LIS1 service for an ALIS), or one that starts more than a
 * year ahead. Warnings, not refusals: the head decides.
 */
public final class ServiceRecordWarnings {

    /** How far ahead a period may start before it looks like a typing error (2026-12-01). */
    static final int YEARS_AHEAD = 1;

    /** What to look at: the category does not count for her programme; the period starts far ahead. */
    public enum Warning { CATEGORY, FAR_AHEAD }

    private ServiceRecordWarnings() {
    }

    public static Set<Warning> of(ServiceRecord record, Enrolment enrolment, LocalDate today) {
        Set<Warning> warnings = EnumSet.noneOf(Warning.class);
        if (record.kind() != ServiceRecordKind.PERIOD) {
            return warnings;
        }
        if (record.category() != null && !counts(record.category(), enrolment.programme())) {
            warnings.add(Warning.CATEGORY);
        }
        if (record.from() != null && record.from().isAfter(today.plusYears(YEARS_AHEAD))) {
            warnings.add(Warning.FAR_AHEAD);
        }
        return warnings;
    }

    /** Whether the programme counts service of this kind (docs/rules). */
    static boolean counts(ServiceCategory category, ProgrammeType programme) {
        return switch (programme) {
            case ALIS -> category != ServiceCategory.MUNICIPAL_LIS1 && category != ServiceCategory.COMMUNITY_MEDICINE;
            case SAMLIS -> category != ServiceCategory.MUNICIPAL_LIS1 && category != ServiceCategory.RESEARCH;
            case LIS1 -> category == ServiceCategory.MUNICIPAL_LIS1;
        };
    }
}
