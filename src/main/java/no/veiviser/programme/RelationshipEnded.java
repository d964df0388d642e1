package no.veiviser.programme;

/** A relationship to the candidate ended after its last day. */
public record RelationshipEnded(SupervisionRelationship relationship, String actor) implements RelationshipEvent {

    @Override
    public String action() {
        return "relationship.ended";
    }
}
