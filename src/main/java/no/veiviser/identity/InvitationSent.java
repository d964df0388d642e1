package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

/**
 * An invitation went out. {@code link} carries the one-time token and is for the notice only; it is
 * not part of the audited details.
 */
public record InvitationSent(UUID personId, UUID invitationId, String link, String actor) implements PersonChange {

    @Override
    public String action() {
        return "person.invited";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("invitationId", invitationId.toString());
    }
}
