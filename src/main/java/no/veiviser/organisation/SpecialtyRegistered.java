package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** The organisation was registered (or its date corrected) for a specialty. */
public record SpecialtyRegistered(UUID organisationId, SpecialtyRegistration registration, String actor) implements OrganisationEvent {

    @Override
    public String action() {
        return "organisation.registered";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("specialty", registration.specialty().name(), "registeredFrom", registration.registeredFrom().toString());
    }
}
