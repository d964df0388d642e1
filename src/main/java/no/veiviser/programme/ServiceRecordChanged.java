package no.veiviser.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/** A service record was reported, withdrawn, confirmed or rejected. */
public record ServiceRecordChanged(String action, ServiceRecord record, String actor) implements AuditableEvent {

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return record.candidateId().toString();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("serviceRecordId", record.id().toString());
        details.put("kind", record.kind().name());
        details.put("status", record.status().name());
        return details;
    }
}
