package no.veiviser.programme;

/** A person became the candidate's veileder, approver, deputy or supervisor. */
public record RelationshipStarted(SupervisionRelationship relationship, String actor) implements RelationshipEvent {

    @Override
    public String action() {
        return "relationship.started";
    }
}
