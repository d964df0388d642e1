package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;

/** A municipality joined the consortium. */
public record ConsortiumMemberAdded(UUID organisationId, ConsortiumMember member, String actor) implements OrganisationEvent {

    @Override
    public String action() {
        return "organisation.member.added";
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("municipality", member.municipality(), "administering", member.administering());
    }
}
