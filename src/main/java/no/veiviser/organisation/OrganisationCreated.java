package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** The organisation was created. */
public record OrganisationCreated(UUID organisationId, String name, String actor) implements OrganisationEvent {

    @Override
    public String action() {
        return "organisation.created";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("name", name);
    }
}
