package no.veiviser.organisation;

import java.time.LocalDate;
import no.veiviser.shared.Specialty;

/** A registration with Helsedirektoratet for a specialty; service before {@code registeredFrom} does not count. */
public record SpecialtyRegistration(Specialty specialty, LocalDate registeredFrom) {
}
