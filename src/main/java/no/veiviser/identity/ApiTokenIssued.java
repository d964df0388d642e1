package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

/** A person made a personal API token (its name and scope are audited, never the token). */
public record ApiTokenIssued(UUID personId, UUID tokenId, ApiTokenScope scope, String actor) implements PersonChange {

    @Override
    public String action() {
        return "person.apiTokenIssued";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("tokenId", tokenId.toString(), "scope", scope.name());
    }
}
