package no.veiviser.programme;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import no.veiviser.identity.SpecialistQualification;
import no.veiviser.shared.Specialty;

/**
 * Rule VEILEDER-QUALIFICATION (spesialistforskriften § 25 third and fourth paragraphs): for parts 2
 * and 3 the veileder must be an approved specialist in the specialty, or hold a time-limited
 * exemption from Helsedirektoratet that is valid on the day she takes over. An exemption ending
 * within {@link #EXEMPTION_WARNING_DAYS} days is flagged so that the municipality can act in time.
 * LIS1 (part 1) has no such requirement in § 25.
 */
public final class QualificationCheck {

    /** Parameter, 2026-11-22: days before an exemption ends from which it is flagged. */
    public static final int EXEMPTION_WARNING_DAYS = 60;

    /** The outcome: allowed or not, with a message key and its arguments. */
    public record Outcome(boolean allowed, String messageKey, Object... arguments) {
    }

    private QualificationCheck() {
    }

    public static Outcome check(ProgrammeType programme, List<SpecialistQualification> qualifications, LocalDate day) {
        Optional<Specialty> specialty = specialtyOf(programme);
        if (specialty.isEmpty()) {
            return new Outcome(true, null);
        }
        Optional<SpecialistQualification> held = qualifications.stream()
                .filter(qualification -> qualification.specialty() == specialty.get())
                .findFirst();
        if (held.isEmpty()) {
            return new Outcome(false, "veileder.notQualified", specialty.get().name().toLowerCase(java.util.Locale.ROOT));
        }
        SpecialistQualification qualification = held.get();
        if (qualification.kind() == SpecialistQualification.Kind.SPECIALIST) {
            return new Outcome(true, null);
        }
        if (qualification.validUntil().isBefore(day)) {
            return new Outcome(false, "veileder.exemptionExpired", qualification.validUntil());
        }
        long daysLeft = ChronoUnit.DAYS.between(day, qualification.validUntil());
        return daysLeft <= EXEMPTION_WARNING_DAYS
                ? new Outcome(true, "veileder.exemptionEndsSoon", qualification.validUntil(), daysLeft)
                : new Outcome(true, null);
    }

    /** The specialty whose specialists may be veileder in the programme; none for LIS1. */
    static Optional<Specialty> specialtyOf(ProgrammeType programme) {
        return switch (programme) {
            case ALIS -> Optional.of(Specialty.ALLMENNMEDISIN);
            case SAMLIS -> Optional.of(Specialty.SAMFUNNSMEDISIN);
            case LIS1 -> Optional.empty();
        };
    }
}
