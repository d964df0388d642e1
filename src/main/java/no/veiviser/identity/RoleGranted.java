package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

public record RoleGranted(UUID personId, UUID organisationId, Role role, String actor) implements AuditableEvent {

    @Override
    public String action() {
        return "role.granted";
    }

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return personId.toString();
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("organisationId", organisationId.toString(), "role", role.name());
    }
}
