package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

/** An administrator opened a closed account again. */
public record AccountReactivated(UUID personId, String actor) implements PersonChange {

    @Override
    public String action() {
        return "account.reactivated";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of();
    }
}
