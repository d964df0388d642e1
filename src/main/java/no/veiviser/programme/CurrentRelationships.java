package no.veiviser.programme;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A candidate's relationships in force on a day, and who holds which. */
public record CurrentRelationships(List<SupervisionRelationship> relationships) {

    public CurrentRelationships {
        relationships = List.copyOf(relationships);
    }

    /** The holder of a single kind (veileder, approver, deputy), or null. */
    public UUID holder(RelationshipKind kind) {
        return relationships.stream().filter(relationship -> relationship.kind() == kind)
                .map(SupervisionRelationship::personId).findFirst().orElse(null);
    }

    public Set<UUID> holders(RelationshipKind kind) {
        return relationships.stream().filter(relationship -> relationship.kind() == kind)
                .map(SupervisionRelationship::personId).collect(Collectors.toSet());
    }

    public boolean holds(UUID personId, RelationshipKind kind) {
        return relationships.stream().anyMatch(relationship -> relationship.kind() == kind
                && relationship.personId().equals(personId));
    }
}
