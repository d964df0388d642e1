package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

/** An administrator closed a person's account: she can no longer sign in or use a token. */
public record AccountDeactivated(UUID personId, String actor) implements PersonChange {

    @Override
    public String action() {
        return "account.deactivated";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of();
    }
}
