package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** The organisation decided whether the veileder must justify her recommendation in writing. */
public record VeilederJustificationRequirementSet(UUID organisationId, boolean required, String actor) implements OrganisationEvent {

    @Override
    public String action() {
        return "organisation.veilederJustification";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("required", required);
    }
}
