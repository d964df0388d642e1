package no.veiviser.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/** A relationship to a candidate started or ended. */
public record RelationshipChanged(String action, SupervisionRelationship relationship, String actor)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return relationship.candidateId().toString();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("relationshipId", relationship.id().toString());
        details.put("personId", relationship.personId().toString());
        details.put("kind", relationship.kind().name());
        details.put("validFrom", relationship.validFrom().toString());
        if (relationship.validTo() != null) {
            details.put("validTo", relationship.validTo().toString());
        }
        return details;
    }
}
