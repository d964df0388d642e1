package no.veiviser.identity;

import java.time.LocalDate;
import java.util.Objects;
import no.veiviser.shared.Specialty;

/**
 * Whether a person may be veileder in a specialty (spesialistforskriften § 25 third and fourth
 * paragraphs): an approved specialist, or a time-limited exemption granted by Helsedirektoratet.
 *
 * @param validUntil the last day of an exemption; null for a specialist
 */
public record SpecialistQualification(Specialty specialty, Kind kind, LocalDate validUntil) {

    public enum Kind { SPECIALIST, EXEMPTION }

    public SpecialistQualification {
        Objects.requireNonNull(specialty);
        Objects.requireNonNull(kind);
        if ((kind == Kind.EXEMPTION) != (validUntil != null)) {
            throw new IllegalArgumentException("An exemption, and only an exemption, has an end date");
        }
    }

    public static SpecialistQualification specialist(Specialty specialty) {
        return new SpecialistQualification(specialty, Kind.SPECIALIST, null);
    }

    public static SpecialistQualification exemption(Specialty specialty, LocalDate validUntil) {
        return new SpecialistQualification(specialty, Kind.EXEMPTION, validUntil);
    }
}
