package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

public record LocalAccountCreated(UUID personId, String username, String actor) implements PersonChange {

    @Override
    public String action() {
        return "account.created";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("username", username);
    }
}
