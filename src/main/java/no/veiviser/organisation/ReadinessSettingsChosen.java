package no.veiviser.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The organisation chose its reading where the sources disagree (or went back to the default). */
public record ReadinessSettingsChosen(UUID organisationId, ReadinessSettings settings, String actor)
        implements OrganisationEvent {

    @Override
    public String action() {
        return "organisation.readinessSettings";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("otherServiceCapMonths", settings.otherServiceCapMonths() == null ? "default"
                : settings.otherServiceCapMonths().toPlainString());
        details.put("institutionServiceRequired", settings.institutionServiceRequired() == null ? "default"
                : settings.institutionServiceRequired().toString());
        return details;
    }
}
