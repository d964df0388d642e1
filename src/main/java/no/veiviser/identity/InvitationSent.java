package no.veiviser.identity;

import java.util.Map;
import java.util.UUID;

/** A person was invited; the notice goes out, and its link is made when it is sent ({@link InvitationLinkIssued}). */
public record InvitationSent(UUID personId, UUID invitationId, String actor) implements PersonChange {

    @Override
    public String action() {
        return "person.invited";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("invitationId", invitationId.toString());
    }
}
