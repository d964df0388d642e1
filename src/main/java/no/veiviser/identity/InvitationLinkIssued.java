package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

/** A one-time link to an invitation was made and handed over (by e-mail, or by hand); the link is not kept. */
public record InvitationLinkIssued(UUID personId, UUID invitationId, String actor) implements PersonChange {

    @Override
    public String action() {
        return "person.invitationLinkIssued";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("invitationId", invitationId.toString());
    }
}
