package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

public record RoleGranted(UUID personId, UUID organisationId, Role role, String actor) implements PersonChange {

    @Override
    public String action() {
        return "role.granted";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("organisationId", organisationId.toString(), "role", role.name());
    }
}
