package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

/** The invited person accepted and set up her sign-in. */
public record InvitationAccepted(UUID personId, UUID invitationId, String actor) implements PersonChange {

    @Override
    public String action() {
        return "person.invitationAccepted";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("invitationId", invitationId.toString());
    }
}
