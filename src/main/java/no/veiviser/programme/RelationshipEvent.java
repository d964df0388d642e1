package no.veiviser.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/** A relationship to a candidate started, ended or was taken back, as a past-tense fact. */
public sealed interface RelationshipEvent extends AuditableEvent permits RelationshipStarted, RelationshipEnded,
        RelationshipWithdrawn {

    SupervisionRelationship relationship();

    @Override
    default String subjectType() {
        return "person";
    }

    @Override
    default String subjectId() {
        return relationship().candidateId().toString();
    }

    @Override
    default Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("relationshipId", relationship().id().toString());
        details.put("personId", relationship().personId().toString());
        details.put("kind", relationship().kind().name());
        details.put("validFrom", relationship().validFrom().toString());
        if (relationship().validTo() != null) {
            details.put("validTo", relationship().validTo().toString());
        }
        return details;
    }
}
