package no.veiviser.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.shared.AuditableEvent;

/**
 * A catalog version was assigned to a candidate: one she lacked, or, with {@code replaced}, in place of
 * the version she was moved from.
 */
public record CatalogAssigned(UUID candidateId, UUID enrolmentId, CatalogVersion version, CatalogVersion replaced,
                              String actor) implements AuditableEvent {

    @Override
    public String action() {
        return replaced == null ? "enrolment.catalogAssigned" : "enrolment.catalogReplaced";
    }

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return candidateId.toString();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enrolmentId", enrolmentId.toString());
        details.put("catalog", version.catalog().name());
        details.put("version", version.number());
        if (replaced != null) {
            details.put("replacedVersion", replaced.number());
        }
        return details;
    }
}
