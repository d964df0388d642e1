package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

/** A person revoked one of her API tokens. */
public record ApiTokenRevoked(UUID personId, UUID tokenId, String actor) implements PersonChange {

    @Override
    public String action() {
        return "person.apiTokenRevoked";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("tokenId", tokenId.toString());
    }
}
