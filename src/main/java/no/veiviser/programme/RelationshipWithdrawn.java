package no.veiviser.programme;

import java.util.Map;

/**
 * A relationship appointed by mistake was taken back: it ends the day before it started, so it never
 * gave anyone access, and the reason is kept in the audit log.
 */
public record RelationshipWithdrawn(SupervisionRelationship relationship, String reason, String actor)
        implements RelationshipEvent {

    @Override
    public String action() {
        return "relationship.withdrawn";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = RelationshipEvent.super.details();
        details.put("reason", reason);
        return details;
    }
}
