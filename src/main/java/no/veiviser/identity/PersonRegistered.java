package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

public record PersonRegistered(UUID personId, String actor) implements PersonChange {

    @Override
    public String action() {
        return "person.registered";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of();
    }
}
