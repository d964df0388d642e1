package no.veiviser.organisation;

import java.time.LocalDate;
import no.veiviser.shared.Specialty;

/**
 * A registration with Helsedirektoratet for a specialty. Service before {@code registeredFrom} was not
 * attached to a registered education organisation; moving the date later asks first when confirmed
 * service falls outside ({@link Organisations#register(java.util.UUID, SpecialtyRegistration, boolean,
 * no.veiviser.identity.Actor)}).
 */
public record SpecialtyRegistration(Specialty specialty, LocalDate registeredFrom) {
}
