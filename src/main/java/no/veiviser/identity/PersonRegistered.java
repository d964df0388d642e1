package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

public record PersonRegistered(UUID personId, String actor) implements AuditableEvent {

    @Override
    public String action() {
        return "person.registered";
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
        return Map.of();
    }
}
